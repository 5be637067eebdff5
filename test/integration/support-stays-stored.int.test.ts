// The support the loader keeps on each fact is its own bookkeeping: reads of every property of a
// relationship or an event leave it in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { relationsOfQuery } from '../../server/graph/queries/relations-of.ts';
import { createGraphReader } from '../../server/graph/queries/run-read.ts';
import { type Graph, readQuery } from '../../server/graph/tx.ts';
import { articleA, articleB, combine } from '../support/fixture-docs.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

describe('a fact support', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
    await clearGraph(graph);
    await loadDocument(graph, combine(articleA(), articleB()));
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('is stored on each fact, and a read of all its properties does not carry it', async () => {
    const [stored] = await readQuery<{ relations: number; events: number }>(graph, {
      cypher: `RETURN COUNT { MATCH ()-[r:PARTY_TO]->() WHERE r._support IS NOT NULL } AS relations,
        COUNT { MATCH (e:Agreement) WHERE e._support IS NOT NULL } AS events`,
      params: {},
    });
    expect(stored).toEqual({ relations: 2, events: 1 });
    const reader = createGraphReader({ driver: graph.driver, database: graph.database });
    const rows = await reader.read<{ other: Record<string, unknown>; edge: Record<string, unknown> }>(
      relationsOfQuery(['country:UA'], { direction: 'BOTH', first: 100 }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const relation of rows) {
      expect(relation.edge._support ?? null).toBeNull();
      expect(relation.other._support ?? null).toBeNull();
    }
  });
});
