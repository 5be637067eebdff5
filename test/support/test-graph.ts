// A driver on the run's Neo4j for integration tests, and a way to start each file from an empty graph.
import { createDriver } from '../../server/graph/driver.ts';
import { type Graph, writeQuery } from '../../server/graph/tx.ts';
import { testNeo4j } from './test-neo4j.ts';

export function openTestGraph(): Graph {
  const driver = createDriver({ uri: testNeo4j.uri(), ...testNeo4j.auth });
  return { driver, database: testNeo4j.database };
}

/** Deletes every node and relationship (schema stays), in batches so big graphs do not blow the heap. */
export async function clearGraph(graph: Graph): Promise<void> {
  await writeQuery(graph, {
    cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    params: {},
  }).catch(async () => {
    await writeQuery(graph, { cypher: 'MATCH (n) DETACH DELETE n', params: {} });
  });
}
