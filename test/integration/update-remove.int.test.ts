import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../server/graph/fingerprint.ts';
import { loadDocument, removeArticles } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery } from '../../server/graph/tx.ts';
import { articleA, articleB, articleDoc, facts } from '../support/fixture-docs.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

describe('updating and removing articles', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
  });
  beforeEach(async () => {
    await clearGraph(graph);
    await loadDocument(graph, articleA());
    await loadDocument(graph, articleB());
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  const relations = () =>
    readQuery<{ id: string; ids: string[]; count: number }>(graph, {
      cypher: `MATCH ()-[r]->() WHERE r.sourceCount IS NOT NULL
        RETURN r.id AS id, COLLECT { MATCH (c:Claim {about: r.id}) RETURN DISTINCT c.articleId AS a ORDER BY a } AS ids,
          r.sourceCount AS count ORDER BY id`,
      params: {},
    });
  const entityIds = async () =>
    (
      await readQuery<{ id: string }>(graph, {
        cypher: 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id',
        params: {},
      })
    ).map((row) => row.id);

  it('replaces the evidence of an article whose text changed', async () => {
    const changed = articleDoc(
      'a1',
      'France signed a pact with Ukraine.',
      ['fr', 'ua', 'pact'],
      [facts.frParty, facts.uaParty],
    );
    const summary = await loadDocument(graph, changed);
    expect(summary).toMatchObject({ articlesLoaded: 1, articlesReplaced: 1 });
    expect(await relations()).toEqual([
      { id: 'rel:official-zelensky-ua', ids: ['b1'], count: 1 },
      { id: 'rel:party-fr', ids: ['a1'], count: 1 },
      { id: 'rel:party-ua', ids: ['a1', 'b1'], count: 2 },
    ]);
    expect(await entityIds()).not.toContain('official:emmanuel-macron');
  });

  it('drops facts only the removed article supported and keeps shared facts with their other sources', async () => {
    const removed = await removeArticles(graph, ['a1']);
    expect(removed).toMatchObject({ articles: ['a1'], relationsDeleted: 2, relationsTrimmed: 1 });
    expect(await relations()).toEqual([
      { id: 'rel:official-zelensky-ua', ids: ['b1'], count: 1 },
      { id: 'rel:party-ua', ids: ['b1'], count: 1 },
    ]);
    expect(await entityIds()).toEqual([
      'agreement:security-fr-ua-2024',
      'country:UA',
      'official:volodymyr-zelensky',
    ]);
  });

  it('touches nothing else: removing then reloading an article restores the same graph', async () => {
    const before = await graphFingerprint(graph);
    await removeArticles(graph, ['b1']);
    await loadDocument(graph, articleB());
    expect(await graphFingerprint(graph)).toBe(before);
  });

  it("keeps each article's statements as its own claims, one per fact and quoted span", async () => {
    const rows = await readQuery<{ about: string }>(graph, {
      cypher: "MATCH (c:Claim {articleId: 'b1'}) RETURN c.about AS about ORDER BY about",
      params: {},
    });
    expect(rows.map((row) => row.about)).toEqual([
      'agreement:security-fr-ua-2024',
      'rel:official-zelensky-ua',
      'rel:party-ua',
    ]);
  });

  it('brings back what other articles said when the articles that outweighed them are removed', async () => {
    const date = () =>
      readQuery<{ date: string }>(graph, {
        cypher: "MATCH ()-[r:PARTY_TO {id: 'rel:party-ua'}]->() RETURN r.date AS date",
        params: {},
      });
    // Three later articles give another date: the date most articles give wins.
    const later = ['c1', 'c2', 'c3'].map((id) => {
      const doc = articleDoc(id, 'Ukraine joined the pact.', ['ua', 'pact'], [facts.uaParty]);
      return { ...doc, claims: doc.claims.map((c) => ({ ...c, date: '2024-03-01' })) };
    });
    for (const doc of later) await loadDocument(graph, doc);
    expect(await date()).toEqual([{ date: '2024-03-01' }]);
    await removeArticles(graph, ['c1', 'c2', 'c3']);
    expect(await date()).toEqual([{ date: '2024-02-16' }]);
  });

  it('ignores ids of articles that are not stored', async () => {
    const before = await graphFingerprint(graph);
    expect((await removeArticles(graph, ['nope'])).articles).toEqual([]);
    expect(await graphFingerprint(graph)).toBe(before);
  });
});
