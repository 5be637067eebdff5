// The limits on what one request may cost, applied once its variables are known: a work estimate over
// the limit is refused before anything runs, expensive work is paced per client (client-throttle.ts),
// and an answer over the size cap becomes an error instead of megabytes.

import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../../../schema/errors.ts';
import { createClientThrottle } from './client-throttle.ts';
import { estimateWork } from './work-estimate.ts';

export interface RequestLimits {
  /** Rows (work-rules.ts) one request may cost. */
  readonly maxWork: number;
  /** Requests costing at least this many rows go through the client's budget. */
  readonly expensiveWork: number;
  readonly clientBurst: number;
  readonly clientPerSecond: number;
  readonly clientMaxWaitMs: number;
  /** Bytes of the JSON result. */
  readonly maxResponseBytes: number;
}

// One neighbourhood at its caps (depth 3, limit 1000) is about 20,000 rows, so fifteen of them are
// refused; ten countries with their relations, sources and mentions (upper bounds) are about 110,000.
// The explorer's and the bench's requests stay under `expensiveWork`, so they are never paced; a
// client's budget takes one request at the limit at once, then 50,000 rows a second.
export const REQUEST_LIMITS: RequestLimits = {
  maxWork: 200_000,
  expensiveWork: 25_000,
  clientBurst: 250_000,
  clientPerSecond: 50_000,
  clientMaxWaitMs: 10_000,
  maxResponseBytes: 2_000_000,
};

/** The server context of Node's http adapter; absent under `app.fetch`. */
interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

export function requestLimitsPlugin(overrides: Partial<RequestLimits> = {}): Plugin {
  const limits = { ...REQUEST_LIMITS, ...overrides };
  const throttle = createClientThrottle({
    burst: limits.clientBurst,
    perSecond: limits.clientPerSecond,
    maxWaitMs: limits.clientMaxWaitMs,
  });
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const work = estimateWork(args.schema, args.document, args.variableValues, args.operationName);
      if (work > limits.maxWork) {
        setResultAndStopExecution({ errors: [overWork(work, limits.maxWork)] });
        return;
      }
      if (work >= limits.expensiveWork) {
        const client = (args.contextValue as NodeServerContext).req?.socket?.remoteAddress ?? 'local';
        const admission = throttle.admit(client, work);
        if (!admission.ok) {
          setResultAndStopExecution({ errors: [rateLimited(admission.retryAfterMs)] });
          return;
        }
        if (admission.waitMs > 0) await new Promise((done) => setTimeout(done, admission.waitMs));
      }
      return {
        onExecuteDone({ result, setResult }) {
          // Incremental delivery is not enabled; only a single result can be measured.
          if (Symbol.asyncIterator in result) return;
          const json = JSON.stringify(result);
          const bytes = Buffer.byteLength(json);
          if (bytes > limits.maxResponseBytes) {
            setResult({ errors: [tooLarge(bytes, limits.maxResponseBytes)] });
            return;
          }
          // Yoga serialises a result with its `stringify` when it has one: the text measured here is
          // sent as is instead of being made twice (a neighbourhood's is 200 KB). Only without errors,
          // which Yoga rewrites before sending, and only for this very object (a plugin that replaces
          // the result gets it serialised anew).
          if (result.errors?.length || result.extensions) return;
          const measured: ExecutionResult & { stringify(value: unknown): string } = {
            ...result,
            stringify: (value) => (value === measured ? json : JSON.stringify(value)),
          };
          setResult(measured);
        },
      };
    },
  };
}

function overWork(work: number, max: number): GraphQLError {
  return new GraphQLError(
    `the query may read about ${Math.round(work)} rows, over the limit of ${max}: ask for a smaller limit, depth, maxHops or first, or fewer aliases`,
    { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } },
  );
}

function rateLimited(retryAfterMs: number): GraphQLError {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return new GraphQLError(
    `too much expensive work from this client: retry in ${seconds} s or ask for less at a time`,
    {
      extensions: {
        code: 'RATE_LIMITED' satisfies ErrorCode,
        http: { status: 429, headers: { 'retry-after': String(seconds) } },
      },
    },
  );
}

function tooLarge(bytes: number, max: number): GraphQLError {
  return new GraphQLError(
    `the response of ${bytes} bytes is over the limit of ${max}: ask for fewer fields, a smaller limit or first`,
    { extensions: { code: 'RESPONSE_TOO_LARGE' satisfies ErrorCode } },
  );
}
