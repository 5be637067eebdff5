// Asks the server whether it and its database are up, so an empty explorer can say why nothing works.
import { ApiError } from './graphql-request.ts';

/** Resolves when /ready answers 200; otherwise throws SERVER_UNREACHABLE or SERVICE_UNAVAILABLE. */
export async function checkServer(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/ready', { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new ApiError('SERVER_UNREACHABLE', `Server unreachable: ${String(cause)}`);
  }
  if (response.status === 503) throw new ApiError('SERVICE_UNAVAILABLE', 'Neo4j unavailable');
  if (response.status >= 500)
    throw new ApiError('SERVER_UNREACHABLE', `Server answered HTTP ${response.status}`);
}
