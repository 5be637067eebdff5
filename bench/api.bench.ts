// `npm run bench:api`: p50/p95 latency and requests/s for search, entity-with-relations and
// neighborhood depth 2 over real HTTP, each beside the same request to @neo4j/graphql (the peer, see
// api-peer-schema.ts for what differs) and beside hand-written Cypher through the driver (the ceiling).
// The graph: see api-corpus.ts (BENCH_ARTICLES, default 10,000; BENCH_SEED; or NEO4J_URI as is).
// Load: BENCH_CONCURRENCY workers (default 8), BENCH_REQUESTS per scenario and side (default 400), the
// three sides interleaved in one loop so that they meet the same load (api-load.ts). The two GraphQL
// servers run in a child process (api-serve.ts), as a server and its clients would: in one process, the
// clients' JSON parsing and the Cypher side's driver work queue on the servers' event loop and the
// servers' work on theirs (BENCH_SAME_PROCESS=1 runs them so, to compare). Our answers carry
// Server-Timing, from which the bench prints where their time goes.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { toLuceneQuery } from '../server/graph/queries/lucene-query.ts';
import { readQuery } from '../server/graph/tx.ts';
import { entityCeiling, neighborhoodCeiling, searchCeiling } from './api-ceiling.ts';
import { type BenchGraph, openBenchGraph } from './api-corpus.ts';
import { type LoadFigures, runMixed } from './api-load.ts';
import { PEER_ENTITY, PEER_NEIGHBORHOOD, PEER_SEARCH } from './api-peer-schema.ts';
import { ENTITY, FLOOR, NEIGHBORHOOD, SEARCH } from './api-queries.ts';
import { type BenchServer, startServer } from './api-servers.ts';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const requests = Number(process.env.BENCH_REQUESTS ?? 400);

const bench = await openBenchGraph(
  Number(process.env.BENCH_ARTICLES ?? 10_000),
  Number(process.env.BENCH_SEED ?? 42),
);
const graph = bench.graph;
const sameProcess = process.env.BENCH_SAME_PROCESS === '1';
const servers = await Promise.all(
  (['api', 'peer'] as const).map((which) =>
    sameProcess ? startServer(which, graph) : serveElsewhere(which, bench.connection),
  ),
);
const url = servers[0].url;
const peer = servers[1];

/** A server in a child process (api-serve.ts), through the same loader as this one (tsx). */
async function serveElsewhere(
  which: 'api' | 'peer',
  connection: BenchGraph['connection'],
): Promise<BenchServer> {
  const child = spawn(process.execPath, [...process.execArgv, join(import.meta.dirname, 'api-serve.ts')], {
    env: {
      ...process.env,
      BENCH_SERVE: which,
      BENCH_NEO4J_URI: connection.uri,
      BENCH_NEO4J_USERNAME: connection.username,
      BENCH_NEO4J_PASSWORD: connection.password,
      BENCH_NEO4J_DATABASE: connection.database,
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { url: line.trim(), close: () => child.stdin!.end() };
}

/** Where each of our answers' time went, per scenario: Server-Timing (api-servers.ts) and the client. */
interface Split {
  total: number;
  app: number;
  db: number;
  reads: number;
  parse: number;
}
let splits: Split[] = [];

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
  /** Medians of our answers' parts (ms): the client's view, Yoga's, the reads', and what lies between. */
  split: Record<'total' | 'app' | 'db' | 'reads' | 'yoga' | 'http' | 'parse', number>;
}

function medianSplit(values: Split[]): Row['split'] {
  const median = (pick: (s: Split) => number) => {
    const sorted = values.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    total: median((s) => s.total),
    app: median((s) => s.app),
    db: median((s) => s.db),
    reads: median((s) => s.reads),
    // Per answer, then the median: Yoga's own time (parse, validate, limits, resolvers, JSON) and the
    // time outside it (HTTP both ways, the client reading and parsing the body, event-loop waits).
    yoga: median((s) => s.app - s.db),
    http: median((s) => s.total - s.app),
    parse: median((s) => s.parse),
  };
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
  const began = performance.now();
  const response = await fetch(at, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const parseStart = performance.now();
  const body = JSON.parse(text) as { errors?: unknown[] };
  if (at === url && query !== FLOOR) {
    const header = response.headers.get('server-timing') ?? '';
    const dur = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(header)?.[1] ?? Number.NaN);
    splits.push({
      total: performance.now() - began,
      app: dur('app'),
      db: dur('db'),
      reads: Number(/desc="(\d+)"/.exec(header)?.[1] ?? 0),
      parse: performance.now() - parseStart,
    });
  }
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
    // On a busy machine the first plan can pass the 10 s query timeout: one more try then. A side that
    // fails again (the peer can pass Neo4j's per-transaction memory limit on a large graph's hubs) is
    // measured anyway: its failures are counted and shown beside its figures.
    for (const call of calls) {
      await call(0)
        .catch(() => call(0))
        .catch((error: unknown) => process.stderr.write(`warm-up failed: ${String(error).slice(0, 240)}\n`));
    }
    await runMixed(calls, { concurrency, requests: Math.min(50, requests) });
    sizes.clear();
    splits = [];
    const [api, peerFigures, ceiling, floor] = (await runMixed(calls, { concurrency, requests })) as [
      LoadFigures,
      LoadFigures,
      LoadFigures,
      LoadFigures,
    ];
    rows.push({
      name,
      api,
      peer: peerFigures,
      ceiling,
      floor,
      bytes: meanBytes(),
      split: medianSplit(splits),
    });
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
  const f = (v: number) => v.toFixed(1).padStart(8);
  process.stdout.write(
    `\nwhere our time goes (medians, ms; servers ${sameProcess ? 'in this process (BENCH_SAME_PROCESS=1)' : 'each in a process of its own'}):\n${'scenario'.padEnd(17)}    total      db  reads   yoga+resolvers+JSON   HTTP+client   client JSON.parse | Cypher p50\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(17)} ${f(r.split.total)} ${f(r.split.db)} ${String(r.split.reads).padStart(6)} ${f(r.split.yoga).padStart(21)} ${f(r.split.http).padStart(13)} ${f(r.split.parse).padStart(19)} | ${f(r.ceiling.p50)}\n`,
    );
  }
  const figures = {
    graph: counts[0],
    source: bench.source,
    sameProcess,
    concurrency,
    requests,
    scenarios: rows,
  };
  mkdirSync(join('bench', 'out'), { recursive: true });
  writeFileSync(join('bench', 'out', 'api.json'), JSON.stringify(figures, null, 2));
} finally {
  for (const server of servers) server.close();
  await bench.close();
}
