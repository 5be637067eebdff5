// `npm run bench:ingest`: generates a seeded corpus (BENCH_ARTICLES, default 10,000), starts a fresh
// local Neo4j, and measures (1) extraction alone, (2) the Neo4j writes alone of that document (after a
// first write of 1,000 articles, cleared), (3) a bare UNWIND write of the same rows, the ceiling, and
// (4) end to end: read + extract + load, one corpus file (500 articles) at a time, extracting the next
// file while the current one is written.
// Figures go to stdout and bench/out/ingest.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearGraph } from '../server/graph/clear-graph.ts';
import { createDriver } from '../server/graph/driver.ts';
import { type LoadSummary, loadDocument } from '../server/graph/load/index.ts';
import { migrate } from '../server/graph/migrations.ts';
import type { Graph } from '../server/graph/tx.ts';
import { createExtractor, type Extractor, extractPaths } from '../server/ingest/index.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j-local/index.ts';
import { openBenchParser } from './bench-parser.ts';
import { writeCorpus } from './corpus/write-corpus.ts';
import { documentPart } from './document-part.ts';
import { writeCeiling } from './ingest-ceiling.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 10_000);
const seed = Number(process.env.BENCH_SEED ?? 42);
const seconds = (from: number) => (performance.now() - from) / 1000;
const rate = (n: number, s: number) => Math.round(n / s);
const written = (load: LoadSummary) => load.relationsCreated + load.relationsUpdated + load.mentions;

/** Extraction of file k+1 overlaps the write of file k: one writer, one extractor. */
async function pipeline(
  graph: Graph,
  files: string[],
  extractor: Extractor,
): Promise<{ articles: number; relationships: number }> {
  let articles = 0;
  let relationships = 0;
  let writing: Promise<void> = Promise.resolve();
  for (const file of files) {
    const { document } = await extractPaths([file], extractor);
    await writing;
    writing = loadDocument(graph, document).then((load) => {
      articles += load.articlesLoaded;
      relationships += written(load);
    });
    // Awaited on the next turn; until then a failed write must not count as unhandled.
    writing.catch(() => undefined);
  }
  await writing;
  return { articles, relationships };
}

const corpusDir = join('bench', 'out', `corpus-${count}-${seed}`);
const files = writeCorpus(count, seed, corpusDir);
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
// Each extraction pass gets its own parser connection, so its parse cache starts cold.
const timed = await openBenchParser();
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
  const extraction = await extractPaths([corpusDir], createExtractor({ parser: timed.parser }));
  const parse = timed.stats();
  const extractSeconds = seconds(began);

  // A first write of 1,000 articles warms the JVM and the plan cache, as bench:growth does: the loader
  // would otherwise pay Neo4j's start-up alone, the ceiling (written after it) none of it.
  await loadDocument(graph, documentPart(extraction.document, 0, 1_000));
  await clearGraph(graph);
  began = performance.now();
  const load = await loadDocument(graph, extraction.document);
  const writeSeconds = seconds(began);
  const relationships = written(load);

  await clearGraph(graph);
  began = performance.now();
  const ceilingRelationships = await writeCeiling(graph, extraction.document);
  const ceilingSeconds = seconds(began);

  await clearGraph(graph);
  began = performance.now();
  const cold = await openBenchParser();
  const endToEnd = await pipeline(graph, files, createExtractor({ parser: cold.parser }));
  await cold.close();
  const endToEndSeconds = seconds(began);

  const figures = {
    articles: load.articlesLoaded,
    failed: load.articlesFailed.length + extraction.failures.length,
    entities: extraction.document.entities.length,
    relations: extraction.document.relations.length,
    relationshipsWritten: relationships,
    neo4jStartSeconds: Number(neo4jStart.toFixed(1)),
    endToEnd: {
      seconds: Number(endToEndSeconds.toFixed(1)),
      articles: endToEnd.articles,
      articlesPerSecond: rate(endToEnd.articles, endToEndSeconds),
      relationshipsPerSecond: rate(endToEnd.relationships, endToEndSeconds),
    },
    extraction: {
      seconds: Number(extractSeconds.toFixed(1)),
      articlesPerSecond: rate(extraction.articles, extractSeconds),
      parserSentences: parse.sentences,
      parserSeconds: Number(parse.seconds.toFixed(1)),
      parserShare: Number((parse.seconds / extractSeconds).toFixed(2)),
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
  await timed.close();
  await graph.driver.close();
  await stopLocalNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
}
