import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../server/graph/driver.ts';
import { type Graph, readQuery, writeQuery } from '../../server/graph/tx.ts';
import { localNeo4jStatus, startLocalNeo4j } from '../../server/neo4j-local/index.ts';
import { clearGraph } from '../support/test-graph.ts';
import { testNeo4j } from '../support/test-neo4j.ts';

describe('the local Neo4j started by the global setup', () => {
  let graph: Graph;
  beforeAll(async () => {
    // Short retries (the driver default here) so the query against a stopped Neo4j fails quickly.
    graph = {
      driver: createDriver({ uri: testNeo4j.uri(), ...testNeo4j.auth }),
      database: testNeo4j.database,
    };
    await clearGraph(graph);
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('answers over Bolt on a loopback address', () => {
    expect(testNeo4j.uri()).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(localNeo4jStatus(inject('neo4jLocal').dataDir).running).toBe(true);
  });

  it('reads back what a write transaction committed', async () => {
    await writeQuery(graph, { cypher: 'CREATE (:Probe {id: $id, n: $n})', params: { id: 'p1', n: 42 } });
    const rows = await readQuery<{ id: string; n: number }>(graph, {
      cypher: 'MATCH (p:Probe {id: $id}) RETURN p.id AS id, p.n AS n',
      params: { id: 'p1' },
    });
    expect(rows).toEqual([{ id: 'p1', n: 42 }]);
  });

  it('keeps committed data across a clean stop and restart', async () => {
    await writeQuery(graph, { cypher: 'CREATE (:Probe {id: $id})', params: { id: 'p2' } });
    await testNeo4j.stop();
    expect(localNeo4jStatus(inject('neo4jLocal').dataDir).running).toBe(false);
    await expect(readQuery(graph, { cypher: 'RETURN 1 AS one', params: {} })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    await testNeo4j.start();
    const rows = await readQuery(graph, {
      cypher: 'MATCH (p:Probe {id: $id}) RETURN p.id AS id',
      params: { id: 'p2' },
    });
    expect(rows).toEqual([{ id: 'p2' }]);
  });

  it('returns the running instance when asked to start it again', async () => {
    const local = inject('neo4jLocal');
    const before = localNeo4jStatus(local.dataDir);
    const again = await startLocalNeo4j(local);
    expect(before.running && again.pid === before.pid).toBe(true);
  });

  it('refuses to start a second Neo4j on a port already in use, in one line', async () => {
    const local = inject('neo4jLocal');
    const other = { ...local, dataDir: `${local.dataDir}-other` };
    await expect(startLocalNeo4j(other)).rejects.toThrow(/port \d+ on 127\.0\.0\.1 is in use/);
  });
});
