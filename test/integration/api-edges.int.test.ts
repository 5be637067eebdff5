// Several relations by id in one request (`edges`), and one relation or entity as its sources had
// published it by a day (`knownAt` on `edge`, `edges` and `entity`, down to their claims, sources,
// relations and mentions), and the overview once an analyst rejects a fact, on the real Neo4j through
// the real GraphQL app. Two articles tell of one
// attack: the ministry's on 2024-06-14 (40 drones), the governor's on 2024-06-20 (6 drones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord, GraphDocument, RelationRecord } from '../../schema/exchange.ts';
import { FORMAT } from '../../schema/exchange.ts';
import { createGraphGateway } from '../../server/graph/gateway.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { deriveDocument } from '../../server/ingest/graph/derive-document.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';
import { createTestApp } from './api-test-app.ts';

const ATTACK = 'attack:ru-2024-06-13-drone';
const LAUNCHED = `launched:country:RU>${ATTACK}`;
const TARGETED = `targeted:${ATTACK}>place:kyiv`;

type Say = { about: string; values?: ClaimRecord['values'] };

function article(id: string, publishedAt: string, text: string, says: Say[]): GraphDocument {
  const span = { articleId: id, quote: text, start: 0, end: text.length };
  const relation = (rid: string, type: RelationRecord['type'], from: string, to: string): RelationRecord => ({
    id: rid,
    type,
    from,
    to,
    date: '2024-06-13',
    datePrecision: 'day',
    confidence: 0.7,
    properties: {},
    sources: [span],
  });
  return deriveDocument({
    format: FORMAT,
    articles: [{ id, title: id, url: null, publisher: 'Test', publishedAt, language: 'en', text }],
    entities: [
      { id: 'country:RU', type: 'Country', name: 'Russia', aliases: [], properties: {} },
      { id: 'place:kyiv', type: 'Place', name: 'Kyiv', aliases: [], properties: {} },
      { id: ATTACK, type: 'Attack', name: 'Russia drone attack on Kyiv', aliases: [], properties: {} },
    ],
    relations: [
      relation(LAUNCHED, 'LAUNCHED', 'country:RU', ATTACK),
      relation(TARGETED, 'TARGETED', ATTACK, 'place:kyiv'),
    ].filter((r) => says.some((s) => s.about === r.id)),
    mentions: [
      { articleId: id, entityId: 'place:kyiv', start: 0, end: 4, text: 'Kyiv' },
      { articleId: id, entityId: ATTACK, start: 0, end: 4, text: 'drones' },
    ],
    claims: says.map((say) => ({
      ...span,
      about: say.about,
      date: '2024-06-13',
      datePrecision: 'day',
      values: say.values ?? {},
      modality: 'asserted',
      saidBy: null,
      confidence: 0.7,
      extractor: 'test',
      rule: 'attacks',
    })),
    corrections: [],
  });
}

let graph: Graph;

/** What is tested is the answers: a first query planned on a busy machine may take longer than 10 s. */
const patientGateway = (g: Graph) => createGraphGateway(g, { timeoutMs: 60_000 });
let gql: ReturnType<typeof createTestApp>['gql'];

beforeAll(async () => {
  graph = openTestGraph();
  await clearGraph(graph);
  await migrate(graph);
  gql = createTestApp(graph, { apiKey: 'edges-test-key', gateway: patientGateway(graph) }).gql;
  await loadDocument(
    graph,
    article('ministry', '2024-06-14', 'Russia launched 40 drones at Kyiv overnight.', [
      { about: ATTACK, values: { launched: 40, weapon: 'drone' } },
      { about: LAUNCHED },
      { about: TARGETED, values: { count: 40 } },
    ]),
  );
  await loadDocument(
    graph,
    article('governor', '2024-06-20', 'The governor counted 6 drones over Kyiv.', [
      { about: ATTACK, values: { launched: 6, weapon: 'drone' } },
      { about: TARGETED, values: { count: 6 } },
    ]),
  );
});

afterAll(async () => {
  await clearGraph(graph);
  await graph?.driver.close();
});

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const result = await gql(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

const EDGE = `id sourceCount properties sources(first: 100) { quote article { articleId } }
  claims { article { articleId } knownAt }`;
const articlesOf = (list: { article: { articleId: string } }[]) => list.map((s) => s.article.articleId);

describe('edges(ids:)', () => {
  it('answers several relations in the order asked, null where absent, with their sources and claims', async () => {
    const data = await ask(`query($ids: [String!]!) { edges(ids: $ids) { ${EDGE} } }`, {
      ids: [TARGETED, 'targeted:nowhere', LAUNCHED],
    });
    expect(data.edges.map((e: { id: string } | null) => e?.id ?? null)).toEqual([TARGETED, null, LAUNCHED]);
    expect(articlesOf(data.edges[0].sources).sort()).toEqual(['governor', 'ministry']);
    expect(articlesOf(data.edges[0].claims)).toEqual(['ministry', 'governor']);
    expect(articlesOf(data.edges[2].sources)).toEqual(['ministry']);
    expect((await ask('{ edges(ids: []) { id } }')).edges).toEqual([]);
  });

  it('refuses more than 500 ids with a clear error', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `targeted:x${i}`);
    const result = await gql('query($ids: [String!]!) { edges(ids: $ids) { id } }', { ids });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/at most 500 relation ids; received 501/);
  });
});

describe('knownAt on edge, edges and entity', () => {
  it('gives a relation as published by a day: its values, sources and claims then; null before', async () => {
    const query = `query($id: String!, $knownAt: String) { edge(id: $id, knownAt: $knownAt) { ${EDGE} } }`;
    const before = await ask(query, { id: TARGETED, knownAt: '2024-06-15' });
    expect(before.edge).toMatchObject({ id: TARGETED, sourceCount: 1, properties: { count: 40 } });
    expect(articlesOf(before.edge.sources)).toEqual(['ministry']);
    expect(articlesOf(before.edge.claims)).toEqual(['ministry']);
    const now = await ask(query, { id: TARGETED });
    expect(now.edge).toMatchObject({ sourceCount: 2, properties: { countLow: 6 } });
    expect((await ask(query, { id: TARGETED, knownAt: '2024-06-01' })).edge).toBeNull();
    const many = await ask(
      `query($ids: [String!]!) { edges(ids: $ids, knownAt: "2024-06-15") { id sourceCount } }`,
      { ids: [TARGETED, LAUNCHED] },
    );
    expect(many.edges).toEqual([
      { id: TARGETED, sourceCount: 1 },
      { id: LAUNCHED, sourceCount: 1 },
    ]);
    expect(
      (await gql(`{ edge(id: "${TARGETED}", knownAt: "June") { id } }`)).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('gives an event as published by a day, with its claims, relations and mentions then; null before', async () => {
    const query = `query($knownAt: String) { entity(id: "${ATTACK}", knownAt: $knownAt) { name
      ... on Attack { launched claims { article { articleId } } targets { edge { sourceCount } } }
      relations { edge { id sourceCount sources { article { articleId } } } }
      mentionedIn { articleId } } }`;
    const before = (await ask(query, { knownAt: '2024-06-15' })).entity;
    expect(before).toMatchObject({ launched: 40, targets: [{ edge: { sourceCount: 1 } }] });
    expect(articlesOf(before.claims)).toEqual(['ministry']);
    expect(before.mentionedIn).toEqual([{ articleId: 'ministry' }]);
    for (const relation of before.relations) {
      expect(relation.edge.sourceCount).toBe(1);
      expect(articlesOf(relation.edge.sources)).toEqual(['ministry']);
    }
    const now = (await ask(query, {})).entity;
    expect(now.launched).toBe(6);
    expect(articlesOf(now.claims)).toEqual(['ministry', 'governor']);
    expect(now.mentionedIn.map((a: { articleId: string }) => a.articleId)).toEqual(['governor', 'ministry']);
    expect((await ask(query, { knownAt: '2024-06-01' })).entity).toBeNull();
  });

  it('keeps an entity without claims of its own, with only the relations known by then', async () => {
    const query = `query($knownAt: String) { entity(id: "place:kyiv", knownAt: $knownAt) { name
      relations { edge { id } } } }`;
    expect((await ask(query, { knownAt: '2024-06-01' })).entity).toEqual({ name: 'Kyiv', relations: [] });
    expect((await ask(query, { knownAt: '2024-06-15' })).entity.relations).toEqual([
      { edge: { id: TARGETED } },
    ]);
  });

  it('reads the sources of lean edges (a timeline) as of the day too', async () => {
    const data = await ask(`{ timeline(knownAt: "2024-06-15", types: [TARGETED]) {
      edges { id sources { article { articleId } } } } }`);
    expect(data.timeline.edges).toHaveLength(1);
    expect(articlesOf(data.timeline.edges[0].sources)).toEqual(['ministry']);
  });
});

describe('the overview after an analyst rejects a fact', () => {
  const overview = `{ overview {
    hubs(type: Country) { degree entity { entityId } }
    latestEvents { date entity { entityId } }
    startingGraph { month events edges { id } } } }`;
  const reject = async (id: string) => {
    const result = await gql(
      `mutation { rejectFact(id: "${id}", analyst: "ana", note: "wrong") { action } }`,
      {},
      { authorization: 'Bearer edges-test-key' },
    );
    expect(result.errors).toBeUndefined();
  };

  it('leaves the rejected relation out of the degrees and the starting graph, then the rejected event out of the lists', async () => {
    const before = (await ask(overview)).overview;
    expect(before.hubs).toEqual([{ degree: 1, entity: { entityId: 'country:RU' } }]);
    expect(before.latestEvents).toEqual([{ date: '2024-06-13', entity: { entityId: ATTACK } }]);
    expect(before.startingGraph).toMatchObject({ month: '2024-06', events: [ATTACK] });
    expect(before.startingGraph.edges.map((e: { id: string }) => e.id).sort()).toEqual([LAUNCHED, TARGETED]);
    await reject(LAUNCHED);
    const after = (await ask(overview)).overview;
    expect(after.hubs).toEqual([]);
    expect(after.startingGraph.edges).toEqual([{ id: TARGETED }]);
    await reject(ATTACK);
    const gone = (await ask(overview)).overview;
    expect(gone.latestEvents).toEqual([]);
    expect(gone.startingGraph).toBeNull();
  });
});
