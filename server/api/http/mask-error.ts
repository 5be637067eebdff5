import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '../../../schema/errors.ts';

const PUBLIC_CODES = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
]);

export interface ErrorLogger {
  error(obj: object, message: string): void;
  warn(obj: object, message: string): void;
}

/**
 * Masking stays on: AppErrors with a public code go out with `extensions.code`; GraphQL's own errors
 * (validation, variables, limits) pass; anything else becomes "Unexpected error." and a log line.
 */
export function createMaskError(logger: ErrorLogger) {
  return (error: unknown): Error => {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const original = graphqlError ? graphqlError.originalError : error;
    const at = { nodes: graphqlError?.nodes, path: graphqlError?.path };
    if (original instanceof AppError && PUBLIC_CODES.has(original.code)) {
      if (original.code === 'SERVICE_UNAVAILABLE') logger.warn({ err: original }, original.message);
      return new GraphQLError(original.message, { ...at, extensions: { code: original.code } });
    }
    if (original instanceof PothosValidationError) {
      return new GraphQLError(original.message, { ...at, extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (graphqlError && (!original || original instanceof GraphQLError)) return graphqlError;
    logger.error({ err: original, path: graphqlError?.path }, 'unexpected error while resolving');
    return new GraphQLError('Unexpected error.', { ...at, extensions: { code: 'INTERNAL' } });
  };
}
