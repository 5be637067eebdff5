import { describe, expect, it } from 'vitest';
import { ApiError, describeError, graphqlRequest } from './graphql-request.ts';

const json =
  (body: unknown, status = 200) =>
  async () =>
    new Response(JSON.stringify(body), { status });

describe('graphqlRequest', () => {
  it('returns the data of a successful response', async () => {
    await expect(graphqlRequest('{ a }', {}, json({ data: { a: 1 } }))).resolves.toEqual({ a: 1 });
  });

  it('surfaces the first error with its extensions code', async () => {
    const fetcher = json({
      data: null,
      errors: [{ message: 'Neo4j down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    const error = await graphqlRequest('{ a }', {}, fetcher).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('SERVICE_UNAVAILABLE');
    expect(describeError(error)).toMatch(/^Neo4j unavailable/);
  });

  it('reports a failed connection as an unreachable server', async () => {
    const fetcher = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await graphqlRequest('{ a }', {}, fetcher).catch((caught: unknown) => caught);
    expect((error as ApiError).code).toBe('SERVER_UNREACHABLE');
    expect(describeError(error)).toMatch(/^Server unreachable/);
  });

  it('reports a non-JSON gateway error as an unreachable server', async () => {
    const fetcher = async () => new Response('Bad gateway', { status: 502 });
    const error = await graphqlRequest('{ a }', {}, fetcher).catch((caught: unknown) => caught);
    expect((error as ApiError).code).toBe('SERVER_UNREACHABLE');
  });
});
