// `npm run bench:growth`: does the cost of writing an article stay flat as the graph grows? One
// extraction of the generated corpus (BENCH_ARTICLES, default 2,000; or a document already extracted,
// BENCH_DOCUMENT) is written BENCH_COPIES times (default 5) under new article ids into a fresh local
// Neo4j, so shared facts gain claims as they would in a growing corpus, without parsing every copy
// again. Prints seconds per tenth of the articles, the last tenth against the first (the aim: at most
// 1.5×), and the writes against a bare UNWIND of the same rows (the aim: at most 2×). Figures go to
// stdout and bench/out/growth.json. The machine's other load shows in single tenths: read the trend.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GraphDocument, validateGraphDocument } from '../schema/exchange.ts';
import { clearGraph } from '../server/graph/clear-graph.ts';
import { createDriver } from '../server/graph/driver.ts';
import { loadDocument } from '../server/graph/load/index.ts';
import { migrate } from '../server/graph/migrations.ts';
import { createExtractor, extractPaths } from '../server/ingest/index.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j-local/index.ts';
import { openBenchParser } from './bench-parser.ts';
import { writeCorpus } from './corpus/write-corpus.ts';
import { documentPart } from './document-part.ts';
import { writeCeiling } from './ingest-ceiling.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 2_000);
const copies = Number(process.env.BENCH_COPIES ?? 5);
const seed = Number(process.env.BENCH_SEED ?? 42);
const TENTHS = 10;

async function extracted(): Promise<GraphDocument> {
  const file = process.env.BENCH_DOCUMENT;
  if (file) return validateGraphDocument(JSON.parse(readFileSync(file, 'utf8')), file);
  const dir = join('bench', 'out', `corpus-${count}-${seed}`);
  writeCorpus(count, seed, dir);
  const timed = await openBenchParser();
  try {
    return (await extractPaths([dir], createExtractor({ parser: timed.parser }))).document;
  } finally {
    await timed.close();
  }
}

/** The document again under new article ids: the same facts, stated by other articles. */
function copyOf(doc: GraphDocument, k: number): GraphDocument {
  if (k === 0) return doc;
  const id = (articleId: string) => `${articleId}~${k}`;
  return {
    ...doc,
    articles: doc.articles.map((a) => ({ ...a, id: id(a.id) })),
    relations: doc.relations.map((r) => ({
      ...r,
      sources: r.sources.map((s) => ({ ...s, articleId: id(s.articleId) })),
    })),
    mentions: doc.mentions.map((m) => ({ ...m, articleId: id(m.articleId) })),
    claims: doc.claims.map((c) => ({ ...c, articleId: id(c.articleId) })),
  };
}

/** Every copy as one document. */
function allCopies(doc: GraphDocument): GraphDocument {
  const all = Array.from({ length: copies }, (_, c) => copyOf(doc, c));
  return {
    ...doc,
    articles: all.flatMap((d) => d.articles),
    mentions: all.flatMap((d) => d.mentions),
    claims: all.flatMap((d) => d.claims),
    corrections: [],
  };
}

/** The k-th tenth of all the copies' articles, as one document. */
function tenth(all: GraphDocument, k: number): GraphDocument {
  const size = Math.ceil(all.articles.length / TENTHS);
  return documentPart(all, k * size, (k + 1) * size);
}

const all = allCopies(await extracted());
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-growth-'));
const neo4j = await startLocalNeo4j({ dataDir, port: await freePort(), heapMb: 1536, pageCacheMb: 512 });
const graph = {
  driver: createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'bench', maxRetryMs: 60_000 }),
  database: 'neo4j',
};
try {
  await migrate(graph);
  // A first write warms the JVM and the plan cache, so that the first tenth measures writing, not start-up.
  await loadDocument(graph, tenth(all, 0));
  await clearGraph(graph);
  const perTenth: number[] = [];
  let articles = 0;
  for (let k = 0; k < TENTHS; k++) {
    const part = tenth(all, k);
    const began = performance.now();
    const load = await loadDocument(graph, part);
    perTenth.push((performance.now() - began) / 1000);
    articles += load.articlesLoaded;
    process.stderr.write(`tenth ${k + 1}: ${load.articlesLoaded} articles in ${perTenth[k]!.toFixed(1)} s\n`);
  }
  const writeSeconds = perTenth.reduce((a, b) => a + b, 0);
  await clearGraph(graph);
  const began = performance.now();
  await writeCeiling(graph, all);
  const ceilingSeconds = (performance.now() - began) / 1000;
  const figures = {
    articles,
    copies,
    secondsPerTenth: perTenth.map((s) => Number(s.toFixed(1))),
    lastTenthVsFirst: Number((perTenth[TENTHS - 1]! / perTenth[0]!).toFixed(2)),
    lastTenthVsFirstAim: 1.5,
    writes: {
      seconds: Number(writeSeconds.toFixed(1)),
      articlesPerSecond: Math.round(articles / writeSeconds),
    },
    ceiling: { seconds: Number(ceilingSeconds.toFixed(1)) },
    writesVsCeiling: Number((writeSeconds / ceilingSeconds).toFixed(2)),
    writesVsCeilingAim: 2,
  };
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/growth.json', `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await graph.driver.close();
  await stopLocalNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
}
