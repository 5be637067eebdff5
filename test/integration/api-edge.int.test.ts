import { describe, expect, it } from 'vitest';
import { writeQuery } from '../../server/graph/tx.ts';
import { useSeededApi } from './api-test-app.ts';

const SIGNED =
  'rel:signed:official:volodymyr-zelensky>agreement:us-ukraine-bilateral-security-agreement-10-years';

const api = useSeededApi();

describe('edge(id)', () => {
  it('returns one relation by its id with its date, endpoints and source sentences', async () => {
    const { data, errors } = await api.gql(
      `query($id: String!) { edge(id: $id) { id type source target date datePrecision sourceCount
        sources { quote start end article { articleId title publishedAt } } } }`,
      { id: SIGNED },
    );
    expect(errors).toBeUndefined();
    expect(data.edge).toMatchObject({
      id: SIGNED,
      type: 'SIGNED',
      source: 'official:volodymyr-zelensky',
      target: 'agreement:us-ukraine-bilateral-security-agreement-10-years',
      date: '2024-06-13',
    });
    expect(data.edge.sources.length).toBe(data.edge.sourceCount);
    expect(data.edge.sources.some((s: { quote: string }) => s.quote.includes('signé'))).toBe(true);
    expect(data.edge.sources[0].article.articleId).toBeTruthy();
  });

  it('returns null for an id no relation has', async () => {
    const { data, errors } = await api.gql('{ edge(id: "rel:signed:nobody>nothing") { id } }');
    expect(errors).toBeUndefined();
    expect(data.edge).toBeNull();
  });

  it('finds every relation type by id, several in one request', async () => {
    const timeline = await api.gql('{ timeline(first: 500) { edges { id type } } }');
    const byType = new Map<string, string>();
    for (const edge of timeline.data.timeline.edges as { id: string; type: string }[]) {
      if (!byType.has(edge.type)) byType.set(edge.type, edge.id);
    }
    const ids = [...byType.values()];
    const query = `{ ${ids.map((id, i) => `e${i}: edge(id: ${JSON.stringify(id)}) { id type }`).join(' ')} }`;
    const { data, errors } = await api.gql(query);
    expect(errors).toBeUndefined();
    expect(ids.map((_, i) => data[`e${i}`])).toEqual(ids.map((id) => ({ id, type: expect.any(String) })));
    expect(ids.map((_, i) => data[`e${i}`].type)).toEqual([...byType.keys()]);
  });

  it('reads every source of a relation with more than the relations list carries inline', async () => {
    const many = Array.from({ length: 25 }, (_, i) => i);
    await writeQuery(api.graph, {
      cypher: `MATCH (a:Entity {id: 'country:UA'}), (b:Entity {id: 'country:US'}), (x:Article)
        WITH a, b, x LIMIT 1
        MERGE (a)-[r:SUPPORTS {id: 'rel:supports:test-many-sources'}]->(b)
        SET r.date = '2024', r.datePrecision = 'year', r.confidence = 0.5, r.sourceCount = size($many)
        WITH r, x UNWIND $many AS n WITH r, x, toInteger(n) AS i
        CREATE (:Claim {id: 'test-claim-' + i, about: r.id, factType: 'SUPPORTS', articleId: x.id,
          quote: $quotes[i], start: i, end: i + 5, date: '2024', datePrecision: 'year', values: '{}',
          modality: 'asserted', confidence: 0.5, extractor: 'test'})`,
      params: { many, quotes: many.map((i) => `quote ${i}`) },
    });
    const { data, errors } =
      await api.gql(`{ entity(id: "country:UA") { relations(types: [SUPPORTS], direction: OUT) {
      edge { id sourceCount few: sources { quote } all: sources(first: 100) { quote article { articleId } } } } } }`);
    expect(errors).toBeUndefined();
    const edge = data.entity.relations.find(
      (r: { edge: { id: string } }) => r.edge.id === 'rel:supports:test-many-sources',
    ).edge;
    expect(edge.sourceCount).toBe(25);
    expect(edge.few).toHaveLength(20);
    expect(edge.all.map((s: { quote: string }) => s.quote)).toEqual(many.map((i) => `quote ${i}`));
    expect(edge.all[24].article.articleId).toBeTruthy();
  });
});
