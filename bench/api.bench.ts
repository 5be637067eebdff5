// `npm run bench:api`: p50/p95 latency and requests/s for search, entity-with-relations and
// neighborhood depth 2 over real HTTP, each beside the same request to @neo4j/graphql (the peer, see
// api-peer-schema.ts for what differs) and beside hand-written Cypher through the driver (the ceiling).
// The graph: see api-corpus.ts (BENCH_ARTICLES, default 10,000; BENCH_SEED; or NEO4J_URI as is).
// Load: BENCH_CONCURRENCY workers (default 8), BENCH_REQUESTS per scenario and side (default 400), the
// three sides interleaved in one loop so that they meet the same load (api-load.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../server/api/http/app.ts';
import { createGraphGateway } from '../server/graph/gateway.ts';
import { toLuceneQuery } from '../server/graph/queries/lucene-query.ts';
import { readQuery } from '../server/graph/tx.ts';
import { createLogger } from '../server/logger.ts';
import { entityCeiling, neighborhoodCeiling, searchCeiling } from './api-ceiling.ts';
import { openBenchGraph } from './api-corpus.ts';
import { type LoadFigures, runMixed } from './api-load.ts';
import { startPeer } from './api-peer.ts';
import { PEER_ENTITY, PEER_NEIGHBORHOOD, PEER_SEARCH } from './api-peer-schema.ts';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const requests = Number(process.env.BENCH_REQUESTS ?? 400);

const SEARCH = 'query($q: String!) { search(query: $q) { score entity { entityId type name } } }';
const ENTITY = `query($id: String!) { entity(id: $id) { entityId name
  relations { direction other { id name } edge { type date sources { quote article { title publishedAt } } } } } }`;
const NEIGHBORHOOD = `query($id: String!) { neighborhood(ids: [$id], depth: 2, limit: 300) {
  truncated nodes { id type name } edges { id type source target date } } }`;

const FLOOR = '{ __typename }';

const logger = createLogger('warn', 'bench-api');
const bench = await openBenchGraph(
  Number(process.env.BENCH_ARTICLES ?? 10_000),
  Number(process.env.BENCH_SEED ?? 42),
);
const graph = bench.graph;
const server = createServer(createApp({ gateway: createGraphGateway(graph), logger }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const peer = await startPeer(graph);

/** Bytes of each answer per endpoint in the running scenario: JSON size is part of the time. */
const sizes = new Map<string, number[]>();
const meanBytes = () => ({
  api: mean(sizes.get(url)),
  peer: mean(sizes.get(peer.url)),
});
const mean = (values: number[] = []) => Math.round(values.reduce((a, b) => a + b, 0) / (values.length || 1));

type Runner = (i: number) => Promise<unknown>;
interface Row {
  name: string;
  api: LoadFigures;
  peer: LoadFigures;
  ceiling: LoadFigures;
  floor: LoadFigures;
  bytes: { api: number; peer: number };
}

function printTable(rows: Row[]): void {
  const fmt = (f: LoadFigures) =>
    `${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.perSecond.toFixed(0).padStart(5)}${f.errors ? ` (${f.errors} err)` : ''}`;
  const ratio = (a: LoadFigures, b: LoadFigures) => `${(a.p50 / b.p50).toFixed(2)}x`.padStart(6);
  process.stdout.write(
    `${'scenario'.padEnd(17)} | ours p50    p95 req/s | @neo4j/graphql p50 p95 req/s | Cypher p50 p95 req/s | ours/Cypher peer/Cypher ours/peer | HTTP floor p50 | bytes ours, peer\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(17)} | ${fmt(r.api)} | ${fmt(r.peer).padEnd(28)} | ${fmt(r.ceiling).padEnd(20)} | ${ratio(r.api, r.ceiling)}      ${ratio(r.peer, r.ceiling)}      ${ratio(r.api, r.peer)} | ${r.floor.p50.toFixed(1).padStart(14)} | ${r.bytes.api}, ${r.bytes.peer}\n`,
    );
  }
}

async function gql(query: string, variables: Record<string, unknown>, at = url) {
  const response = await fetch(at, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  if (query !== FLOOR) sizes.set(at, [...(sizes.get(at) ?? []), text.length]);
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
  const rows: Row[] = [];
  const only = process.env.BENCH_ONLY;
  const scenario = async (name: string, runners: Record<'api' | 'peer' | 'ceiling', Runner>) => {
    if (only && !name.startsWith(only)) return;
    // `{ __typename }` through our server in the same loop: what HTTP and Yoga cost before any query.
    const calls = [runners.api, runners.peer, runners.ceiling, () => gql(FLOOR, {})];
    // One call each alone first: Neo4j plans @neo4j/graphql's large statements for seconds, and eight
    // workers meeting an unplanned statement at once would each plan it.
    for (const call of calls) await call(0);
    await runMixed(calls, { concurrency, requests: Math.min(50, requests) });
    sizes.clear();
    const [api, peerFigures, ceiling, floor] = (await runMixed(calls, { concurrency, requests })) as [
      LoadFigures,
      LoadFigures,
      LoadFigures,
      LoadFigures,
    ];
    rows.push({ name, api, peer: peerFigures, ceiling, floor, bytes: meanBytes() });
  };
  await scenario('search', {
    api: (i) => gql(SEARCH, { q: term(i) }),
    peer: (i) => gql(PEER_SEARCH, { q: toLuceneQuery(term(i)) ?? 'x' }, peer.url),
    ceiling: (i) => searchCeiling(graph, toLuceneQuery(term(i)) ?? 'x'),
  });
  await scenario('entity+relations', {
    api: (i) => gql(ENTITY, { id: pick(i).id }),
    peer: (i) => gql(PEER_ENTITY, { id: pick(i).id }, peer.url),
    ceiling: (i) => entityCeiling(graph, pick(i).id),
  });
  await scenario('neighborhood d=2', {
    api: (i) => gql(NEIGHBORHOOD, { id: pick(i).id }),
    peer: (i) => gql(PEER_NEIGHBORHOOD, { id: pick(i).id }, peer.url),
    ceiling: (i) => neighborhoodCeiling(graph, pick(i).id),
  });
  printTable(rows);
  const figures = { graph: counts[0], source: bench.source, concurrency, requests, scenarios: rows };
  mkdirSync(join('bench', 'out'), { recursive: true });
  writeFileSync(join('bench', 'out', 'api.json'), JSON.stringify(figures, null, 2));
} finally {
  server.close();
  peer.close();
  await bench.close();
}
