// The limits on expensive requests over the real server and Neo4j: work estimated from arguments,
// a response size cap, per-client pacing of expensive work, and Neo4j's per-transaction memory limit.

import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../schema/errors.ts';
import { createApp } from '../../server/api/http/app.ts';
import { createGraphGateway } from '../../server/graph/gateway.ts';
import { createGraphReader } from '../../server/graph/queries/run-read.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { createTestApp, type GqlResult, openSeededGraph, quietLogger } from './api-test-app.ts';

let graph: Graph;

beforeAll(async () => {
  graph = await openSeededGraph();
});

afterAll(async () => {
  await graph?.driver.close();
});

const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
const LARGEST = 'neighborhood(ids: ["country:UA"], depth: 3, limit: 1000) { nodes { id } }';

describe('work limit', () => {
  it('refuses fifteen aliases of the largest neighbourhood before touching the database', async () => {
    const { gql } = createTestApp(graph);
    const aliases = Array.from({ length: 15 }, (_, i) => `n${i}: ${LARGEST}`).join(' ');
    const result = await gql(`{ ${aliases} }`);
    expect(result.data ?? null).toBeNull();
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/rows, over the limit of \d+/);
  });

  it('counts arguments given as variables, and lets one largest neighbourhood through', async () => {
    const { gql } = createTestApp(graph);
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: neighborhood(ids: ["country:UA"], depth: 3, limit: $l) { nodes { id } }`,
    );
    const query = `query($l: Int) { ${aliases.join(' ')} }`;
    expect(codeOf(await gql(query, { l: 1000 }))).toBe('BAD_USER_INPUT');
    expect((await gql(query, { l: 100 })).errors).toBeUndefined();
    expect((await gql(`{ ${LARGEST} }`)).data.neighborhood.nodes.length).toBeGreaterThan(1);
  });
});

describe('response size cap', () => {
  it('answers an error instead of a response over the cap, and the same query under it', async () => {
    const query = '{ articles(first: 20) { edges { node { id title text } } } }';
    const uncapped = await createTestApp(graph).gql(query);
    const size = JSON.stringify({ data: uncapped.data }).length;
    expect(size).toBeGreaterThan(2_000);
    const capped = await createTestApp(graph, { limits: { maxResponseBytes: 2_000 } }).gql(query);
    expect(capped.data ?? null).toBeNull();
    expect(codeOf(capped)).toBe('RESPONSE_TOO_LARGE');
    expect(capped.errors?.[0]?.message).toMatch(/response of \d+ bytes is over the limit of 2000/);
  });
});

describe('per-client pacing', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    // The largest neighbourhood above costs ~16,000 rows: one fits the burst, the next waits ~1.2 s for
    // the refill, a third would wait ~2.8 s, over the 1.5 s allowed.
    const limits = {
      expensiveWork: 10_000,
      clientBurst: 20_000,
      clientPerSecond: 10_000,
      clientMaxWaitMs: 1_500,
    };
    const app = createApp({ gateway: createGraphGateway(graph), logger: quietLogger, limits });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  /** A POST from a given loopback address: each address is a client of its own. */
  const post = (from: string, query: string) =>
    new Promise<{ status: number; retryAfter?: string; body: GqlResult; ms: number }>((resolve, reject) => {
      const began = performance.now();
      const body = JSON.stringify({ query });
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          localAddress: from,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              retryAfter: res.headers['retry-after'] as string | undefined,
              body: JSON.parse(text) as GqlResult,
              ms: performance.now() - began,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('makes a client that sends too much expensive work wait, then refuses it, and leaves others alone', async () => {
    const burst = await Promise.all([1, 2, 3].map(() => post('127.0.0.2', `{ ${LARGEST} }`)));
    const refused = burst.filter((r) => r.status === 429);
    const answered = burst.filter((r) => r.status === 200);
    expect(refused).toHaveLength(1);
    expect(codeOf(refused[0]!.body)).toBe('RATE_LIMITED');
    expect(Number(refused[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(answered.map((r) => r.body.errors)).toEqual([undefined, undefined]);
    // The second one waited for the refill (a lower bound: timers never fire early).
    expect(Math.max(...answered.map((r) => r.ms))).toBeGreaterThanOrEqual(1_000);

    // Another client's expensive request and this client's cheap ones are not held back.
    const other = await post('127.0.0.3', `{ ${LARGEST} }`);
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
    const cheap = await post('127.0.0.2', '{ stats { nodes { count } } }');
    expect(cheap.status).toBe(200);
  });
});

describe('Neo4j transaction memory limit', () => {
  it('fails the query that needs too much memory, alone and at once, while others still answer', async () => {
    const reader = createGraphReader({ driver: graph.driver, database: graph.database });
    const [big, small] = await Promise.allSettled([
      reader.read({
        cypher: 'UNWIND range(1, $n) AS x RETURN size(collect(x)) AS n',
        params: { n: 50_000_000 },
      }),
      reader.read({ cypher: 'MATCH (n:Entity) RETURN count(n) AS n', params: {} }),
    ]);
    expect(big.status).toBe('rejected');
    const error = (big as PromiseRejectedResult).reason as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toMatch(/more memory than one query may use/);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(small.status).toBe('fulfilled');
    expect(await reader.read({ cypher: 'RETURN 1 AS one', params: {} })).toEqual([{ one: 1 }]);
  });
});
