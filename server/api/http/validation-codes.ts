import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Validation failures (unknown fields, and the depth, cost, alias and token limits) come without a code;
 * clients branch on codes, so each gets BAD_USER_INPUT, like any other refused input.
 */
export function validationCodesPlugin(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.every((error) => !(error instanceof GraphQLError) || error.extensions.code)) return;
        setResult(result.map(withCode));
      },
  };
}

/**
 * Armor's validation limits throw by default, which skips the step above; reported as validation
 * errors instead, they get their code too.
 */
export const reportRejection = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

function withCode(error: Error): Error {
  if (!(error instanceof GraphQLError) || error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}
