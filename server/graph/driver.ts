import neo4j, { type Driver } from 'neo4j-driver';

export type { Driver };

export interface DriverOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** How long managed transactions retry transient failures (deadlocks, a lost connection). */
  readonly maxRetryMs?: number;
}

/**
 * The process's one driver. Short acquisition and connection timeouts so that, with Neo4j gone, requests
 * fail fast with SERVICE_UNAVAILABLE instead of hanging; the pool reconnects by itself when it returns.
 */
export function createDriver({ uri, username, password, maxRetryMs = 5_000 }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: maxRetryMs,
    disableLosslessIntegers: false,
    userAgent: 'newsgraph/0.1',
  });
}
