// `npm run bench:api`: p50/p95 latency and requests/s for search, entity-with-relations and
// neighborhood depth 2 over real HTTP, each beside hand-written Cypher through the driver (the ceiling).
// The graph: see api-corpus.ts (BENCH_ARTICLES, default 10,000; BENCH_SEED; or NEO4J_URI as is).
// Load: BENCH_CONCURRENCY workers (default 8), BENCH_REQUESTS per scenario (default 400).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../server/api/app.ts';
import { toLuceneQuery } from '../server/graph/queries/lucene-query.ts';
import { readQuery } from '../server/graph/tx.ts';
import { createLogger } from '../server/logger.ts';
import { entityCeiling, neighborhoodCeiling, searchCeiling } from './api-ceiling.ts';
import { openBenchGraph } from './api-corpus.ts';
import { type LoadFigures, runLoad } from './api-load.ts';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const requests = Number(process.env.BENCH_REQUESTS ?? 400);

const SEARCH = 'query($q: String!) { search(query: $q) { score entity { entityId type name } } }';
const ENTITY = `query($id: String!) { entity(id: $id) { entityId name
  relations { direction other { id name } edge { type date sources { quote article { title publishedAt } } } } } }`;
const NEIGHBORHOOD = `query($id: String!) { neighborhood(ids: [$id], depth: 2, limit: 300) {
  truncated nodes { id type name } edges { id type source target date } } }`;

const logger = createLogger('warn', 'bench-api');
const bench = await openBenchGraph(
  Number(process.env.BENCH_ARTICLES ?? 10_000),
  Number(process.env.BENCH_SEED ?? 42),
);
const graph = bench.graph;
const server = createServer(createApp({ driver: graph.driver, database: graph.database, logger }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function gql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body;
}

try {
  const sample = await readQuery<{ id: string; name: string; degree: number }>(graph, {
    cypher: `MATCH (n:Entity) WITH n, COUNT { (n)--(:Entity) } AS degree WHERE degree > 0
      RETURN n.id AS id, n.name AS name, degree ORDER BY degree DESC, n.id LIMIT 200`,
    params: {},
  });
  const counts = await readQuery<{ articles: number; entities: number; relations: number }>(graph, {
    cypher: `CALL { MATCH (a:Article) RETURN count(a) AS articles } CALL { MATCH (n:Entity) RETURN count(n) AS entities }
      CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations } RETURN articles, entities, relations`,
    params: {},
  });
  if (sample.length === 0)
    throw new Error('the graph is empty: ingest a corpus first (e.g. npm start loads the seeds)');
  const pick = (i: number) => sample[(i * 7) % sample.length]!;
  // Names with their last letter doubled: a typo the fuzzy search must absorb.
  const term = (i: number) => `${pick(i).name.split(' ').at(-1)}${pick(i).name.at(-1)}`;
  process.stdout.write(
    `graph: ${bench.source}: ${JSON.stringify(counts[0])}; concurrency ${concurrency}, ${requests} requests per scenario\n`,
  );
  const rows: [string, LoadFigures, LoadFigures][] = [];
  const only = process.env.BENCH_ONLY;
  const scenario = async (
    name: string,
    api: (i: number) => Promise<unknown>,
    ceiling: (i: number) => Promise<unknown>,
  ) => {
    if (only && !name.startsWith(only)) return;
    await runLoad(api, { concurrency, requests: Math.min(50, requests) });
    await runLoad(ceiling, { concurrency, requests: Math.min(50, requests) });
    rows.push([
      name,
      await runLoad(api, { concurrency, requests }),
      await runLoad(ceiling, { concurrency, requests }),
    ]);
  };
  await scenario(
    'search',
    (i) => gql(SEARCH, { q: term(i) }),
    (i) => searchCeiling(graph, toLuceneQuery(term(i)) ?? 'x'),
  );
  await scenario(
    'entity+relations',
    (i) => gql(ENTITY, { id: pick(i).id }),
    (i) => entityCeiling(graph, pick(i).id),
  );
  await scenario(
    'neighborhood d=2',
    (i) => gql(NEIGHBORHOOD, { id: pick(i).id }),
    (i) => neighborhoodCeiling(graph, pick(i).id),
  );
  const fmt = (f: LoadFigures) =>
    `${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.perSecond.toFixed(0).padStart(6)}${f.errors ? ` (${f.errors} err)` : ''}`;
  process.stdout.write(
    `${'scenario'.padEnd(18)} | GraphQL p50 ms  p95 ms  req/s | Cypher p50 ms  p95 ms  req/s | p50 ratio\n`,
  );
  for (const [name, api, ceiling] of rows) {
    process.stdout.write(
      `${name.padEnd(18)} | ${fmt(api).padEnd(28)} | ${fmt(ceiling).padEnd(27)} | ${(api.p50 / ceiling.p50).toFixed(2)}x\n`,
    );
  }
  const figures = { graph: counts[0], source: bench.source, concurrency, requests, scenarios: rows };
  mkdirSync(join('bench', 'out'), { recursive: true });
  writeFileSync(join('bench', 'out', 'api.json'), JSON.stringify(figures, null, 2));
} finally {
  server.close();
  await bench.close();
}
