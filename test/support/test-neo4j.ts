// What a test needs to reach, stop and restart the run's Neo4j started by test/global-setup.ts.
import { inject } from 'vitest';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j-local/index.ts';

export const testNeo4j = {
  uri: (): string => inject('neo4jUri'),
  /** Auth is disabled on the local Neo4j; these are accepted and ignored. */
  auth: { username: 'neo4j', password: 'newsgraph-test' },
  database: 'neo4j',

  /** Stops the run's Neo4j cleanly (e.g. to test that the server survives its loss). */
  async stop(): Promise<void> {
    await stopLocalNeo4j(inject('neo4jLocal').dataDir);
  },

  /** Starts it again on the same port and data folder; resolves once Bolt answers. */
  async start(): Promise<void> {
    await startLocalNeo4j(inject('neo4jLocal'));
  },
};
