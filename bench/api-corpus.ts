// The graph the API bench runs on. With NEO4J_URI set: whatever that Neo4j holds. Otherwise a local
// Neo4j kept under bench/out/api-neo4j-<articles>-<seed>, filled once with the generated corpus
// (bench/corpus) through extraction and the bulk writer of bench:ingest's ceiling (the per-article loader
// would take many minutes for 10,000 articles; the stored shape is the same), then reused.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDriver } from '../server/graph/driver.ts';
import { migrate } from '../server/graph/migrations.ts';
import { type Graph, writeQuery } from '../server/graph/tx.ts';
import { createExtractor, extractPaths } from '../server/ingest/index.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j-local/index.ts';
import { openBenchParser } from './bench-parser.ts';
import { writeCorpus } from './corpus/write-corpus.ts';
import { writeCeiling } from './ingest-ceiling.ts';

export interface BenchGraph {
  graph: Graph;
  /** How another process reaches the same graph. */
  connection: { uri: string; username: string; password: string; database: string };
  source: string;
  close(): Promise<void>;
}

export async function openBenchGraph(articles: number, seed: number): Promise<BenchGraph> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const connection = {
      uri,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
    const driver = createDriver(connection);
    const graph = { driver, database: connection.database };
    return { graph, connection, source: `the graph already in ${uri}`, close: () => driver.close() };
  }
  const dataDir = join('bench', 'out', `api-neo4j-${articles}-${seed}`);
  const marker = join(dataDir, 'api-bench-loaded.json');
  const state = await startLocalNeo4j({ dataDir, port: await freePort(), heapMb: 1536, pageCacheMb: 512 });
  const driver = createDriver({ uri: state.uri, username: 'neo4j', password: 'bench', maxRetryMs: 60_000 });
  const graph = { driver, database: 'neo4j' };
  const close = async () => {
    await driver.close();
    await stopLocalNeo4j(dataDir);
  };
  try {
    if (!existsSync(marker)) await fill(graph, articles, seed, marker);
  } catch (error) {
    await close();
    throw error;
  }
  const connection = { uri: state.uri, username: 'neo4j', password: 'bench', database: 'neo4j' };
  return {
    graph,
    connection,
    source: `the generated corpus (${articles} articles, seed ${seed}) in ${dataDir}`,
    close,
  };
}

async function fill(graph: Graph, articles: number, seed: number, marker: string): Promise<void> {
  const corpusDir = join('bench', 'out', `corpus-${articles}-${seed}`);
  if (!existsSync(corpusDir)) writeCorpus(articles, seed, corpusDir);
  process.stdout.write(`filling the bench graph from ${corpusDir}…\n`);
  await migrate(graph);
  const timed = await openBenchParser();
  const { document } = await extractPaths([corpusDir], createExtractor({ parser: timed.parser }));
  await timed.close();
  await writeCeiling(graph, document);
  await writeQuery(graph, {
    cypher: `MATCH (e:Entity) WHERE e.searchText IS NULL
      SET e.searchText = reduce(text = e.name, alias IN coalesce(e.aliases, []) | text + ' | ' + alias)`,
    params: {},
  });
  await writeQuery(graph, { cypher: 'CALL db.awaitIndexes(600)', params: {} });
  writeFileSync(marker, JSON.stringify({ articles, seed, entities: document.entities.length }));
}
