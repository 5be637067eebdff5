// What each source says, kept apart and derived into facts, on the real Neo4j through the real GraphQL
// app: disputed counts, removal, modalities, knownAt, corrections. Each query and its answer is written
// to test/artifacts/claims-examples.json for the record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimRecord, GraphDocument, RelationRecord } from '../../schema/exchange.ts';
import { FORMAT, validateGraphDocument } from '../../schema/exchange.ts';
import type { Modality } from '../../schema/graph-model.ts';
import { exportGraph } from '../../server/graph/export-graph.ts';
import { loadDocument, removeArticles } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { deriveDocument } from '../../server/ingest/graph/derive-document.ts';
import { normalizeDoc } from '../support/normalize-doc.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';
import { createTestApp } from './api-test-app.ts';

const ATTACK = 'attack:ru-2024-06-13-drone';
const LAUNCHED = `launched:country:RU>${ATTACK}`;
const TARGETED = `targeted:${ATTACK}>place:kyiv`;
const DENIED = `launched:country:UA>${ATTACK}`;

type Say = { about: string; values?: ClaimRecord['values']; modality?: Modality; saidBy?: string | null };

/** One article stating some facts about the same night's attack, each with the article's own values. */
function article(id: string, publishedAt: string, text: string, says: Say[]): GraphDocument {
  const claims: ClaimRecord[] = says.map((say) => ({
    about: say.about,
    articleId: id,
    quote: text,
    start: 0,
    end: text.length,
    date: '2024-06-13',
    datePrecision: 'day',
    values: say.values ?? {},
    modality: say.modality ?? 'asserted',
    saidBy: say.saidBy ?? null,
    confidence: 0.7,
    extractor: 'test',
    rule: 'attacks',
  }));
  const relation = (rid: string, type: RelationRecord['type'], from: string, to: string): RelationRecord => ({
    id: rid,
    type,
    from,
    to,
    date: '2024-06-13',
    datePrecision: 'day',
    confidence: 0.7,
    properties: {},
    sources: [{ articleId: id, quote: text, start: 0, end: text.length }],
  });
  const relations = [
    relation(LAUNCHED, 'LAUNCHED', 'country:RU', ATTACK),
    relation(TARGETED, 'TARGETED', ATTACK, 'place:kyiv'),
    relation(DENIED, 'LAUNCHED', 'country:UA', ATTACK),
  ].filter((r) => says.some((s) => s.about === r.id));
  return deriveDocument({
    format: FORMAT,
    articles: [{ id, title: id, url: null, publisher: 'Test', publishedAt, language: 'en', text }],
    entities: [
      { id: 'country:RU', type: 'Country', name: 'Russia', aliases: [], properties: {} },
      { id: 'country:UA', type: 'Country', name: 'Ukraine', aliases: [], properties: {} },
      { id: 'place:kyiv', type: 'Place', name: 'Kyiv', aliases: [], properties: {} },
      { id: ATTACK, type: 'Attack', name: 'Russia drone attack on Kyiv', aliases: [], properties: {} },
    ],
    relations,
    mentions: [],
    claims,
    corrections: [],
  });
}

const ministry = (text = 'The Defence Ministry says Russia launched 40 drones at Kyiv overnight.') =>
  article('ministry', '2024-06-14', text, [
    { about: ATTACK, values: { launched: 40, weapon: 'drone' }, saidBy: 'the Defence Ministry' },
    { about: LAUNCHED, saidBy: 'the Defence Ministry' },
    { about: TARGETED, values: { count: 40 } },
  ]);
const governor = () =>
  article('governor', '2024-06-20', 'The governor counted 6 drones over Kyiv and said Ukraine fired none.', [
    { about: ATTACK, values: { launched: 6, weapon: 'drone' }, saidBy: 'the governor' },
    { about: TARGETED, values: { count: 6 } },
    { about: DENIED, modality: 'denied', saidBy: 'the governor' },
  ]);

const examples: { what: string; query: string; answer: unknown }[] = [];

describe('claims: what each source says, and what analysts corrected', () => {
  let graph: Graph;
  let gql: ReturnType<typeof createTestApp>['gql'];
  const key = { authorization: 'Bearer claims-test-key' };
  const ask = async (what: string, query: string, headers: Record<string, string> = {}) => {
    const result = await gql(query, {}, headers);
    expect(result.errors).toBeUndefined();
    examples.push({ what, query, answer: result.data });
    return result.data;
  };

  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
    gql = createTestApp(graph, { apiKey: 'claims-test-key' }).gql;
  });
  beforeEach(async () => {
    await clearGraph(graph);
    await loadDocument(graph, ministry());
    await loadDocument(graph, governor());
  });
  afterAll(async () => {
    mkdirSync('test/artifacts', { recursive: true });
    writeFileSync('test/artifacts/claims-examples.json', `${JSON.stringify(examples, null, 2)}\n`);
    await clearGraph(graph);
    await graph.driver.close();
  });

  const countsQuery = `{ entity(id: "${ATTACK}") { ... on Attack {
    counts { launched { low best high conflicting } }
    claims { article { articleId } values saidBy modality knownAt } } } }`;

  it('keeps both sources of a disputed count and gives it as low / best / high', async () => {
    const data = await ask('two articles give different counts for one attack', countsQuery);
    expect(data.entity.counts.launched).toEqual({ low: 6, best: 6, high: 40, conflicting: true });
    expect(data.entity.claims.map((c: { article: { articleId: string } }) => c.article.articleId)).toEqual([
      'ministry',
      'governor',
    ]);
    expect(data.entity.claims[0]).toMatchObject({ saidBy: 'the Defence Ministry', values: { launched: 40 } });
  });

  it('brings the other source’s values back when one article is removed', async () => {
    await removeArticles(graph, ['governor']);
    const data = await ask('after removing the governor’s article', countsQuery);
    expect(data.entity.counts.launched).toEqual({ low: 40, best: 40, high: 40, conflicting: false });
  });

  it('stores a denied claim and a hypothetical one with their modality, out of the default view', async () => {
    await loadDocument(
      graph,
      article('maybe', '2024-06-21', 'Ukraine could strike back if Russia attacked again.', [
        { about: DENIED, modality: 'hypothetical' },
      ]),
    );
    const query = (args: string) => `{ entity(id: "country:UA") { relations${args} {
      edge { id modality sourceCount claims { modality article { articleId } } } } } }`;
    const hidden = await ask('the default view leaves denied and hypothetical facts out', query(''));
    expect(hidden.entity.relations).toEqual([]);
    const shown = await ask('asking for them by modality', query('(modalities: [DENIED, HYPOTHETICAL])'));
    expect(shown.entity.relations).toHaveLength(1);
    expect(shown.entity.relations[0].edge).toMatchObject({ id: DENIED, modality: 'DENIED', sourceCount: 2 });
    expect(shown.entity.relations[0].edge.claims.map((c: { modality: string }) => c.modality).sort()).toEqual(
      ['DENIED', 'HYPOTHETICAL'],
    );
  });

  it('answers knownAt with the graph as the sources had published it', async () => {
    const query = (knownAt: string) => `{ entity(id: "place:kyiv") {
      relations(knownAt: "${knownAt}") { edge { id properties sourceCount sources { article { articleId } } } } } }`;
    const before = await ask('knownAt before the governor’s article', query('2024-06-15'));
    expect(before.entity.relations).toHaveLength(1);
    expect(before.entity.relations[0].edge).toMatchObject({ sourceCount: 1, properties: { count: 40 } });
    expect(before.entity.relations[0].edge.sources).toEqual([{ article: { articleId: 'ministry' } }]);
    const after = await ask('knownAt after both', query('2024-07-01'));
    expect(after.entity.relations[0].edge).toMatchObject({ sourceCount: 2, properties: { countLow: 6 } });
    const none = await ask('knownAt before any article', query('2024-06-01'));
    expect(none.entity.relations).toEqual([]);
  });

  it('ranks a correction above the sources, keeps it through re-ingest and undoes it', async () => {
    const corrected = await ask(
      'an analyst corrects the count',
      `mutation { correctFact(id: "${ATTACK}", analyst: "ana", note: "the ministry later said 25",
        values: {launched: 25}) { id action analyst note undoneAt } }`,
      key,
    );
    expect((await gql(countsQuery)).data.entity.counts.launched).toMatchObject({
      best: 25,
      conflicting: false,
    });
    // The ministry's article changes and is ingested again: its claims are replaced, the correction stays.
    const summary = await loadDocument(
      graph,
      ministry('Russia launched 40 drones at Kyiv, the ministry said.'),
    );
    expect(summary).toMatchObject({ articlesReplaced: 1 });
    expect((await gql(countsQuery)).data.entity.counts.launched).toMatchObject({ best: 25 });
    const trail = await ask(
      'the audit trail',
      `{ corrections(about: "${ATTACK}") { action analyst note values undoneAt } }`,
    );
    expect(trail.corrections).toEqual([
      {
        action: 'SET',
        analyst: 'ana',
        note: 'the ministry later said 25',
        values: { launched: 25 },
        undoneAt: null,
      },
    ]);
    await ask(
      'undoing it',
      `mutation { undoCorrection(id: "${corrected.correctFact.id}", analyst: "ana") { id undoneAt undoneBy } }`,
      key,
    );
    expect((await gql(countsQuery)).data.entity.counts.launched).toMatchObject({ best: 6, high: 40 });
  });

  it('rejects a fact out of the default view, and refuses curation without the key', async () => {
    const refused = await gql(`mutation { rejectFact(id: "${TARGETED}", analyst: "x", note: "y") { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await ask(
      'rejecting a fact',
      `mutation { rejectFact(id: "${TARGETED}", analyst: "ana", note: "Kyiv was not hit") { action } }`,
      key,
    );
    const query = (args: string) =>
      `{ entity(id: "place:kyiv") { relations${args} { edge { id review } } } }`;
    expect((await gql(query(''))).data.entity.relations).toEqual([]);
    expect((await gql(query('(includeRejected: true)'))).data.entity.relations).toEqual([
      { edge: { id: TARGETED, review: 'rejected' } },
    ]);
  });
});

describe('merging two entities that are one, and splitting them again', () => {
  let graph: Graph;
  let gql: ReturnType<typeof createTestApp>['gql'];
  const key = { authorization: 'Bearer merge-test-key' };
  const UA = { id: 'country:UA', type: 'Country', name: 'Ukraine', aliases: [], properties: {} } as const;
  const official = (id: string, name: string) =>
    ({ id, type: 'Official', name, aliases: [], properties: {} }) as const;
  /** One article saying that an official is Ukraine's, under the id extraction gave that official. */
  const roleDoc = (articleId: string, officialId: string, name: string) => {
    const text = `${name} is the president of Ukraine.`;
    const source = { articleId, quote: text, start: 0, end: text.length };
    return validateGraphDocument({
      format: 'newsgraph/1',
      articles: [
        {
          id: articleId,
          title: null,
          url: null,
          publisher: null,
          publishedAt: '2024-05-01',
          language: 'en',
          text,
        },
      ],
      entities: [official(officialId, name), UA],
      relations: [
        {
          id: `official_of:${officialId}>country:UA`,
          type: 'OFFICIAL_OF',
          from: officialId,
          to: 'country:UA',
          date: '2024-05-01',
          datePrecision: 'day',
          confidence: 0.9,
          properties: {},
          sources: [source],
        },
      ],
      mentions: [{ articleId, entityId: officialId, start: 0, end: name.length, text: name }],
    });
  };
  const role = (id: string) =>
    `{ entity(id: "${id}") { name aliases relations { edge { id sourceCount } } } }`;

  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
    gql = createTestApp(graph, { apiKey: 'merge-test-key' }).gql;
  });
  beforeEach(async () => {
    await clearGraph(graph);
    await loadDocument(graph, roleDoc('k1', 'official:v-zelenskyi', 'V. Zelenskyi'));
    await loadDocument(graph, roleDoc('k2', 'official:volodymyr-zelensky', 'Volodymyr Zelensky'));
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('moves relations, claims, mentions and names onto the kept entity, and a split puts them back', async () => {
    const before = normalizeDoc(await exportGraph(graph));
    const merged = await gql(
      `mutation { mergeEntities(merged: "official:v-zelenskyi", into: "official:volodymyr-zelensky",
        analyst: "ana", note: "same person") { id action } }`,
      {},
      key,
    );
    expect(merged.errors).toBeUndefined();
    const kept = (await gql(role('official:volodymyr-zelensky'))).data.entity;
    expect(kept.aliases).toContain('V. Zelenskyi');
    expect(kept.relations).toEqual([
      { edge: { id: 'official_of:official:volodymyr-zelensky>country:UA', sourceCount: 2 } },
    ]);
    expect((await gql(role('official:v-zelenskyi'))).data.entity).toBeNull();
    // A later article naming the merged id lands on the kept entity.
    await loadDocument(graph, roleDoc('k3', 'official:v-zelenskyi', 'V. Zelenskyi'));
    expect((await gql(role('official:volodymyr-zelensky'))).data.entity.relations[0].edge.sourceCount).toBe(
      3,
    );
    await removeArticles(graph, ['k3']);
    await gql(
      `mutation { undoCorrection(id: "${merged.data.mergeEntities.id}", analyst: "ana") { id } }`,
      {},
      key,
    );
    const after = normalizeDoc(await exportGraph(graph));
    expect({ ...after, corrections: [] }).toEqual(before);
  });
});

describe('validAt: what held on a day', () => {
  let graph: Graph;
  let gql: ReturnType<typeof createTestApp>['gql'];
  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
    await clearGraph(graph);
    gql = createTestApp(graph).gql;
    const text = 'Petro Poroshenko, then president of Ukraine, spoke.';
    const source = { articleId: 'p1', quote: text, start: 0, end: text.length };
    await loadDocument(
      graph,
      validateGraphDocument({
        format: 'newsgraph/1',
        articles: [
          {
            id: 'p1',
            title: null,
            url: null,
            publisher: null,
            publishedAt: '2016-03-01',
            language: 'en',
            text,
          },
        ],
        entities: [
          {
            id: 'official:petro-poroshenko',
            type: 'Official',
            name: 'Petro Poroshenko',
            aliases: [],
            properties: {},
          },
          { id: 'country:UA', type: 'Country', name: 'Ukraine', aliases: [], properties: {} },
        ],
        relations: [
          {
            id: 'official_of:official:petro-poroshenko>country:UA',
            type: 'OFFICIAL_OF',
            from: 'official:petro-poroshenko',
            to: 'country:UA',
            date: '2016-03-01',
            datePrecision: 'published',
            confidence: 0.9,
            // The gazetteer's term of office travels with the role.
            properties: { role: 'President', since: '2014-06-07', until: '2019-05-20' },
            sources: [source],
          },
        ],
        mentions: [],
      }),
    );
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('keeps a role inside its term and drops it outside', async () => {
    const query = (day: string) =>
      `{ entity(id: "official:petro-poroshenko") { relations(validAt: "${day}") { edge { id } } } }`;
    expect((await gql(query('2015-01-01'))).data.entity.relations).toHaveLength(1);
    expect((await gql(query('2019'))).data.entity.relations).toHaveLength(1);
    expect((await gql(query('2020-01-01'))).data.entity.relations).toEqual([]);
    expect((await gql(query('2013'))).data.entity.relations).toEqual([]);
  });
});
