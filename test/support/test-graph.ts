// A driver on the run's Neo4j for integration tests, and a way to start each file from an empty graph.
import { clearGraph as clearStoredGraph } from '../../server/graph/clear-graph.ts';
import { createDriver } from '../../server/graph/driver.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { testNeo4j } from './test-neo4j.ts';

export function openTestGraph(): Graph {
  const driver = createDriver({ uri: testNeo4j.uri(), ...testNeo4j.auth, maxRetryMs: 30_000 });
  return { driver, database: testNeo4j.database };
}

/** Deletes every node and relationship; the schema (constraints, indexes) stays. */
export function clearGraph(graph: Graph): Promise<void> {
  return clearStoredGraph(graph);
}
