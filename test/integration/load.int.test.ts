import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../schema/exchange.ts';
import { graphFingerprint } from '../../server/graph/fingerprint.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery } from '../../server/graph/tx.ts';
import { articleA, articleB, articleDoc, combine } from '../support/fixture-docs.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

describe('loading documents', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
  });
  beforeEach(() => clearGraph(graph));
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  const partyUa = async () =>
    readQuery<{ count: number; ids: string[]; n: number }>(graph, {
      cypher: `MATCH (:Country {id: 'country:UA'})-[r:PARTY_TO]->(:Agreement)
        RETURN r.sourceCount AS count, count(*) AS n,
          COLLECT { MATCH (c:Claim {about: r.id}) RETURN c.articleId AS a ORDER BY a } AS ids`,
      params: {},
    });

  it('stores a fact stated by two articles as one relationship with a claim from each', async () => {
    await loadDocument(graph, articleA());
    await loadDocument(graph, articleB());
    const rows = await partyUa();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 2, ids: ['a1', 'b1'], n: 1 });
  });

  it('keeps one node per entity id with the entity and type labels', async () => {
    const summary = await loadDocument(graph, combine(articleA(), articleB()));
    const rows = await readQuery<{ labels: string[]; n: number }>(graph, {
      cypher: "MATCH (e {id: 'country:UA'}) RETURN labels(e) AS labels, count(*) AS n",
      params: {},
    });
    expect(rows).toEqual([{ labels: expect.arrayContaining(['Entity', 'Country']), n: 1 }]);
    expect(summary).toMatchObject({ articlesLoaded: 2, entitiesCreated: 5, relationsCreated: 4 });
  });

  it('gives the same graph whether articles come in one document or one by one', async () => {
    await loadDocument(graph, combine(articleA(), articleB()));
    const together = await graphFingerprint(graph);
    await clearGraph(graph);
    await loadDocument(graph, articleA());
    await loadDocument(graph, articleB());
    expect(await graphFingerprint(graph)).toBe(together);
  });

  it('writes offsets as integers and the searchable text from name and aliases', async () => {
    await loadDocument(graph, articleA());
    const [row] = await readQuery<{ search: string; isInt: boolean }>(graph, {
      cypher: `MATCH (a:Article {id: 'a1'})-[m:MENTIONS]->(e:Entity {id: 'official:emmanuel-macron'})
        RETURN e.searchText AS search, valueType(m.starts) STARTS WITH 'LIST<INTEGER' AS isInt`,
      params: {},
    });
    expect(row).toEqual({ search: 'Emmanuel Macron | Macron', isInt: true });
  });

  it('rolls back only the article whose write fails and loads the others of the batch', async () => {
    const bad: GraphDocument = articleDoc('bad', 'Kherson again.', [], []);
    bad.entities = [
      { id: 'place:kherson', type: 'Place', name: 'Kherson', aliases: [], properties: { mixed: ['a', 1] } },
    ];
    bad.mentions = [{ articleId: 'bad', entityId: 'place:kherson', start: 0, end: 7, text: 'Kherson' }];
    const summary = await loadDocument(graph, combine(articleA(), bad, articleB()));
    expect(summary.articlesFailed.map((failure) => failure.articleId)).toEqual(['bad']);
    expect(summary.articlesLoaded).toBe(2);
    const articles = await readQuery<{ id: string }>(graph, {
      cypher: 'MATCH (a:Article) RETURN a.id AS id ORDER BY id',
      params: {},
    });
    expect(articles.map((a) => a.id)).toEqual(['a1', 'b1']);
  });
});
