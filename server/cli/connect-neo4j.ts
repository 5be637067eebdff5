// The process's one Neo4j connection: NEO4J_URI when set, otherwise the local Neo4j, started here when
// it is not already running (and then stopped again by close()).
import type { Config } from '../config.ts';
import { createDriver } from '../graph/driver.ts';
import type { Graph } from '../graph/tx.ts';
import type { Logger } from '../logger.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../neo4j-local/index.ts';

export interface Neo4jConnection {
  readonly graph: Graph;
  readonly uri: string;
  /** True when this process started the local Neo4j, which close() then stops. */
  readonly startedLocal: boolean;
  close(): Promise<void>;
}

export async function connectNeo4j(
  config: Config,
  logger: Logger,
  options: { maxRetryMs?: number } = {},
): Promise<Neo4jConnection> {
  let uri = config.neo4j.uri;
  let startedLocal = false;
  if (!uri) {
    startedLocal = !localNeo4jStatus(config.local.dataDir).running;
    const began = Date.now();
    // Owned by this process, so a crash does not leave the JVM behind; close() stops it when all is well.
    const state = await startLocalNeo4j({ ...config.local, ownerPid: process.pid });
    uri = state.uri;
    if (startedLocal)
      logger.info({ uri, dataDir: state.dataDir, ms: Date.now() - began }, 'local Neo4j started');
  }
  const driver = createDriver({ ...config.neo4j, uri, maxRetryMs: options.maxRetryMs });
  const graph: Graph = { driver, database: config.neo4j.database };
  return {
    graph,
    uri,
    startedLocal,
    async close() {
      await driver.close();
      if (startedLocal) {
        await stopLocalNeo4j(config.local.dataDir);
        logger.info({ dataDir: config.local.dataDir }, 'local Neo4j stopped');
      }
    },
  };
}
