// `npm run bench:ingest`: generates a seeded corpus (BENCH_ARTICLES, default 10,000), starts a fresh
// local Neo4j, and measures (1) end to end: read + extract + load, (2) the Neo4j writes alone, and
// (3) a bare UNWIND write of the same rows, the ceiling. Figures go to stdout and bench/out/ingest.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearGraph } from '../server/graph/clear-graph.ts';
import { createDriver } from '../server/graph/driver.ts';
import { loadDocument } from '../server/graph/load/index.ts';
import { migrate } from '../server/graph/migrations.ts';
import { createExtractor, extractPaths } from '../server/ingest/index.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j-local/index.ts';
import { writeCorpus } from './corpus/write-corpus.ts';
import { writeCeiling } from './ingest-ceiling.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 10_000);
const seed = Number(process.env.BENCH_SEED ?? 42);
const seconds = (from: number) => (performance.now() - from) / 1000;
const rate = (n: number, s: number) => Math.round(n / s);

const corpusDir = join('bench', 'out', `corpus-${count}-${seed}`);
writeCorpus(count, seed, corpusDir);
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
let began = performance.now();
const neo4j = await startLocalNeo4j({ dataDir, port: await freePort(), heapMb: 1536, pageCacheMb: 512 });
const neo4jStart = seconds(began);
const graph = {
  driver: createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'bench', maxRetryMs: 60_000 }),
  database: 'neo4j',
};
try {
  await migrate(graph);
  began = performance.now();
  const extraction = await extractPaths([corpusDir], createExtractor());
  const extractSeconds = seconds(began);
  const loadBegan = performance.now();
  const load = await loadDocument(graph, extraction.document);
  const writeSeconds = seconds(loadBegan);
  const endToEnd = seconds(began);
  const relationships = load.relationsCreated + load.relationsUpdated + load.mentions;

  await clearGraph(graph);
  began = performance.now();
  const ceilingRelationships = await writeCeiling(graph, extraction.document);
  const ceilingSeconds = seconds(began);

  const figures = {
    articles: load.articlesLoaded,
    failed: load.articlesFailed.length + extraction.failures.length,
    entities: extraction.document.entities.length,
    relations: extraction.document.relations.length,
    relationshipsWritten: relationships,
    neo4jStartSeconds: Number(neo4jStart.toFixed(1)),
    endToEnd: {
      seconds: Number(endToEnd.toFixed(1)),
      articlesPerSecond: rate(load.articlesLoaded, endToEnd),
      relationshipsPerSecond: rate(relationships, endToEnd),
    },
    extraction: {
      seconds: Number(extractSeconds.toFixed(1)),
      articlesPerSecond: rate(extraction.articles, extractSeconds),
    },
    writes: {
      seconds: Number(writeSeconds.toFixed(1)),
      articlesPerSecond: rate(load.articlesLoaded, writeSeconds),
      relationshipsPerSecond: rate(relationships, writeSeconds),
    },
    ceiling: {
      seconds: Number(ceilingSeconds.toFixed(1)),
      relationshipsPerSecond: rate(ceilingRelationships, ceilingSeconds),
    },
    writesVsCeiling: Number((writeSeconds / ceilingSeconds).toFixed(2)),
  };
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/ingest.json', `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await graph.driver.close();
  await stopLocalNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
}
