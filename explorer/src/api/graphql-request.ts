// The one place the explorer talks HTTP: POST a GraphQL operation, surface errors with their code.

/** An API failure a person can act on: `code` is the server's extensions.code or a transport code. */
export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

/** Sends one operation to /graphql; network failures become SERVER_UNREACHABLE. `T` and `V` are the
 * operation's generated result and variables types (generated/operations.ts). */
export async function graphqlRequest<T, V extends Record<string, unknown> = Record<string, unknown>>(
  query: string,
  variables: V,
  fetcher: Fetcher = (input, init) => fetch(input, init),
): Promise<T> {
  let response: Response;
  try {
    response = await fetcher('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new ApiError('SERVER_UNREACHABLE', `Server unreachable: ${String(cause)}`);
  }
  return readResponse<T>(response);
}

async function readResponse<T>(response: Response): Promise<T> {
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    const code = response.status >= 500 ? 'SERVER_UNREACHABLE' : 'BAD_RESPONSE';
    throw new ApiError(code, `Unexpected response from /graphql (HTTP ${response.status})`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message);
  if (!body.data) throw new ApiError('BAD_RESPONSE', `No data from /graphql (HTTP ${response.status})`);
  return body.data;
}

/** What to tell a person about an error, in plain words. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'SERVER_UNREACHABLE') return 'Server unreachable. Is `newsgraph serve` running?';
    if (error.code === 'SERVICE_UNAVAILABLE')
      return 'Neo4j unavailable. The server cannot reach the database.';
    return `${error.message} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
