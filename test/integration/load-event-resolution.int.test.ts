import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type EntityRecord,
  type GraphDocument,
  type RelationRecord,
  validateGraphDocument,
} from '../../schema/exchange.ts';
import { graphFingerprint } from '../../server/graph/fingerprint.ts';
import { loadDocument, removeArticles } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery } from '../../server/graph/tx.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

const russia: EntityRecord = {
  id: 'country:RU',
  type: 'Country',
  name: 'Russia',
  aliases: [],
  properties: {},
};
const kyiv: EntityRecord = { id: 'place:kyiv', type: 'Place', name: 'Kyiv', aliases: [], properties: {} };

/** One article reporting Russia's drone attack on Kyiv, dated as that article dates it. */
function attackReport(articleId: string, date: string): GraphDocument {
  const attack: EntityRecord = {
    id: `attack:ru-${date}-drone`,
    type: 'Attack',
    name: `Russia drone attack on Kyiv (${date})`,
    aliases: [],
    properties: { weapon: 'drone', date, launched: 40 },
  };
  const text = `Russia launched 40 drones at Kyiv on ${date}.`;
  const fact = (type: RelationRecord['type'], from: string, to: string): RelationRecord => ({
    id: `${type.toLowerCase()}:${from}>${to}`,
    type,
    from,
    to,
    date,
    datePrecision: 'day',
    confidence: 0.9,
    properties: {},
    sources: [{ articleId, quote: text, start: 0, end: text.length }],
  });
  return validateGraphDocument({
    format: 'newsgraph/1',
    articles: [
      {
        id: articleId,
        title: articleId,
        url: null,
        publisher: null,
        publishedAt: date,
        language: 'en',
        text,
      },
    ],
    entities: [russia, kyiv, attack],
    relations: [fact('LAUNCHED', russia.id, attack.id), fact('TARGETED', attack.id, kyiv.id)],
    mentions: [{ articleId, entityId: russia.id, start: 0, end: 6, text: 'Russia' }],
  });
}

describe('resolving events against the stored graph', () => {
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

  const attacks = () =>
    readQuery<{ id: string; sources: string[] }>(graph, {
      cypher: `MATCH (a:Attack) OPTIONAL MATCH (:Country)-[r:LAUNCHED]->(a)
        RETURN a.id AS id, COLLECT { MATCH (c:Claim {about: r.id}) RETURN c.articleId ORDER BY c.articleId } AS sources
        ORDER BY id`,
      params: {},
    });

  it('makes one attack of two reports dated a day apart and ingested in separate runs', async () => {
    await loadDocument(graph, attackReport('first', '2024-06-13'));
    await loadDocument(graph, attackReport('second', '2024-06-14'));
    expect(await attacks()).toEqual([{ id: 'attack:ru-2024-06-13-drone', sources: ['first', 'second'] }]);
  });

  it('keeps attacks two days apart apart', async () => {
    await loadDocument(graph, attackReport('first', '2024-06-13'));
    await loadDocument(graph, attackReport('second', '2024-06-15'));
    expect((await attacks()).map((a) => a.id)).toEqual([
      'attack:ru-2024-06-13-drone',
      'attack:ru-2024-06-15-drone',
    ]);
  });

  it('stays idempotent and removable after resolving', async () => {
    await loadDocument(graph, attackReport('first', '2024-06-13'));
    await loadDocument(graph, attackReport('second', '2024-06-14'));
    const resolved = await graphFingerprint(graph);
    await loadDocument(graph, attackReport('second', '2024-06-14'));
    expect(await graphFingerprint(graph)).toBe(resolved);
    await removeArticles(graph, ['second']);
    expect(await attacks()).toEqual([{ id: 'attack:ru-2024-06-13-drone', sources: ['first'] }]);
  });
});
