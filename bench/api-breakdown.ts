// `tsx bench/api-breakdown.ts`: where one request's time goes, one request at a time (no queueing behind
// other requests), for the three bench:api queries on the bench graph (same env as api.bench.ts).
// Per query, medians of BENCH_REQUESTS rounds, the kinds interleaved:
//   ceiling  the hand-written Cypher through the driver (records to plain values included)
//   db       our reads through the gateway's reader (driver and toPlain included), and how many
//   execute  graphql-js execute on our schema (db included): resolvers = execute − db
//   json     JSON.stringify of the result (the server does it once per answer)
//   server   Yoga's handling of the HTTP request, arrival to the last byte written (db included)
//   client   the HTTP round trip as the client sees it, and its JSON.parse of the answer
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, parse } from 'graphql';
import { createApp } from '../server/api/http/app.ts';
import { createLoaders } from '../server/api/schema/loaders.ts';
import { schema } from '../server/api/schema/schema.ts';
import { createGraphGateway } from '../server/graph/gateway.ts';
import { toLuceneQuery } from '../server/graph/queries/lucene-query.ts';
import { readQuery } from '../server/graph/tx.ts';
import { createLogger } from '../server/logger.ts';
import { entityCeiling, neighborhoodCeiling, searchCeiling } from './api-ceiling.ts';
import { openBenchGraph } from './api-corpus.ts';
import { ENTITY, NEIGHBORHOOD, SEARCH } from './api-queries.ts';
import { timedReader } from './timed-reader.ts';

const rounds = Number(process.env.BENCH_REQUESTS ?? 40);
const bench = await openBenchGraph(
  Number(process.env.BENCH_ARTICLES ?? 10_000),
  Number(process.env.BENCH_SEED ?? 42),
);
const { graph } = bench;

/** The gateway's reader, timed: the database share of whatever runs through it. */
let dbMs = 0;
let dbCalls = 0;
const gateway = createGraphGateway(graph);
const reader = timedReader(gateway.reader, (ms) => {
  dbMs += ms;
  dbCalls += 1;
});
let serverMs = 0;
const app = createApp({
  gateway: { ...gateway, reader },
  logger: createLogger('warn', 'bench'),
});
const server = createServer((req, res) => {
  const start = performance.now();
  res.on('finish', () => {
    serverMs = performance.now() - start;
  });
  app(req, res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

try {
  const sample = await readQuery<{ id: string; name: string }>(graph, {
    cypher: `MATCH (n:Entity) WITH n, COUNT { (n)--(:Entity) } AS degree WHERE degree > 0
      RETURN n.id AS id, n.name AS name ORDER BY degree DESC, n.id LIMIT 200`,
    params: {},
  });
  const pick = (i: number) => sample[(i * 7) % sample.length]!;
  const term = (i: number) => `${pick(i).name.split(' ').at(-1)}${pick(i).name.at(-1)}`;
  const scenarios = [
    {
      name: 'search',
      query: SEARCH,
      variables: (i: number) => ({ q: term(i) }),
      ceiling: (i: number) => searchCeiling(graph, toLuceneQuery(term(i)) ?? 'x'),
    },
    {
      name: 'entity+relations',
      query: ENTITY,
      variables: (i: number) => ({ id: pick(i).id }),
      ceiling: (i: number) => entityCeiling(graph, pick(i).id),
    },
    {
      name: 'neighborhood d=2',
      query: NEIGHBORHOOD,
      variables: (i: number) => ({ id: pick(i).id }),
      ceiling: (i: number) => neighborhoodCeiling(graph, pick(i).id),
    },
  ];
  const cols = ['ceiling', 'db', 'calls', 'execute', 'json', 'server', 'client', 'parse', 'bytes'] as const;
  process.stdout.write(
    `one request at a time, medians of ${rounds} (ms): ${bench.source}\n${'query'.padEnd(17)} ${cols.map((c) => c.padStart(8)).join('')}   resolvers yoga+http client/ceiling\n`,
  );
  for (const s of scenarios) {
    const document = parse(s.query);
    const m: Record<(typeof cols)[number], number[]> = Object.fromEntries(cols.map((c) => [c, []])) as never;
    for (let i = -3; i < rounds; i++) {
      const k = Math.max(i, 0);
      let t = performance.now();
      await s.ceiling(k);
      const ceiling = performance.now() - t;

      dbMs = 0;
      dbCalls = 0;
      t = performance.now();
      const result = await execute({
        schema,
        document,
        variableValues: s.variables(k),
        contextValue: { reader, loaders: createLoaders(reader), authorized: false },
      });
      const executeMs = performance.now() - t;
      const db = dbMs;
      const calls = dbCalls;
      t = performance.now();
      JSON.stringify(result);
      const json = performance.now() - t;

      t = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: s.query, variables: s.variables(k) }),
      });
      const text = await response.text();
      const client = performance.now() - t;
      t = performance.now();
      const body = JSON.parse(text) as { errors?: unknown };
      const parseMs = performance.now() - t;
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
      if (i < 0) continue;
      const row = {
        ceiling,
        db,
        calls,
        execute: executeMs,
        json,
        server: serverMs,
        client,
        parse: parseMs,
        bytes: text.length,
      };
      for (const c of cols) m[c].push(row[c]);
    }
    const med = Object.fromEntries(cols.map((c) => [c, median(m[c])])) as Record<
      (typeof cols)[number],
      number
    >;
    process.stdout.write(
      `${s.name.padEnd(17)} ${cols.map((c) => (c === 'bytes' || c === 'calls' ? String(Math.round(med[c])) : med[c].toFixed(1)).padStart(8)).join('')}   ${(med.execute - med.db).toFixed(1).padStart(9)} ${(med.client - med.execute - med.json).toFixed(1).padStart(9)} ${(med.client / med.ceiling).toFixed(2).padStart(14)}x\n`,
    );
  }
} finally {
  server.close();
  await bench.close();
}
