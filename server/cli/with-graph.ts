import { loadConfig } from '../config.ts';
import { migrate } from '../graph/migrations.ts';
import type { Graph } from '../graph/tx.ts';
import { createLogger, type Logger } from '../logger.ts';
import { connectNeo4j } from './connect-neo4j.ts';

/**
 * Runs a one-shot command against Neo4j: connects (starting the local Neo4j if needed), migrates, runs,
 * and closes what it opened, whatever happens. Long retries: a batch ingest should ride out deadlocks.
 */
export async function withGraph<T>(work: (graph: Graph, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = await connectNeo4j(config, logger, { maxRetryMs: 60_000 });
  try {
    const migrated = await migrate(neo4j.graph);
    if (migrated) logger.info(migrated, 'store migrated');
    return await work(neo4j.graph, logger);
  } finally {
    await neo4j.close();
    logger.flush();
  }
}
