import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery } from '../../server/graph/tx.ts';
import { articleDoc, facts } from '../support/fixture-docs.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';
import { createTestApp } from './api-test-app.ts';

// Two entities named in one article are linked through it by MENTIONS (article → entity): a walk over
// relationships of any type would make them neighbours at depth 2, which no source says.
describe('a neighbourhood walks relations only', () => {
  let graph: Graph;
  let gql: ReturnType<typeof createTestApp>['gql'];
  beforeAll(async () => {
    graph = openTestGraph();
    await clearGraph(graph);
    await migrate(graph);
    await loadDocument(
      graph,
      articleDoc(
        'n1',
        'Macron met Zelensky; France was named too.',
        ['macron', 'zelensky', 'fr'],
        [facts.met],
      ),
    );
    gql = createTestApp(graph).gql;
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('does not reach an entity only named in the same article', async () => {
    const [mentioned] = await readQuery<{ ids: string[] }>(graph, {
      cypher: `MATCH (:Article {id: 'n1'})-[:MENTIONS]->(e:Entity) RETURN collect(e.id) AS ids`,
      params: {},
    });
    expect(mentioned?.ids).toContain('country:FR');
    const { data, errors } = await gql(`{
      neighborhood(ids: ["official:emmanuel-macron"], depth: 2) { nodes { id } edges { type } }
      entity(id: "official:emmanuel-macron") { relations { other { id } edge { type } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'official:emmanuel-macron',
      'official:volodymyr-zelensky',
    ]);
    expect(data.neighborhood.edges).toEqual([{ type: 'MET' }]);
    expect(data.entity.relations).toEqual([
      { other: { id: 'official:volodymyr-zelensky' }, edge: { type: 'MET' } },
    ]);
  });
});
