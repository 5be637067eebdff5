import { AppError, excerpt } from '../../schema/errors.ts';
import { mapNeo4jError as mapReadError } from './queries/run-read.ts';

/**
 * Expected Neo4j failures become AppErrors: unavailable → SERVICE_UNAVAILABLE, constraint violations →
 * CONSTRAINT_VIOLATION. Anything else is returned unchanged for the caller to rethrow.
 */
export function mapNeo4jError(error: unknown, what: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const message = (error as Error).message;
    return new AppError('CONSTRAINT_VIOLATION', `${what}: ${excerpt(message)}`, { cause: error });
  }
  const mapped = mapReadError(error);
  if (mapped instanceof AppError && mapped !== error) {
    return new AppError(mapped.code, `${what}: ${mapped.message}`, { cause: error });
  }
  return mapped;
}
