// Resolvers through the real Yoga app (app.fetch), on an in-memory gateway: what the schema does with
// the rows and the writes the gateway gives it, with no Neo4j. Storage itself is tested on the real
// Neo4j in test/integration.
import { describe, expect, it } from 'vitest';
import type { CorrectionRecord } from '../../../schema/exchange.ts';
import type { CorrectionInput } from '../../graph/curate/corrections.ts';
import type { GraphGateway } from '../../graph/gateway.ts';
import { entityCountsQuery, hubsQuery } from '../../graph/queries/overview.ts';
import { statsQuery } from '../../graph/queries/stats.ts';
import { createApp } from './app.ts';

const ukraine = { labels: ['Entity', 'Country'], props: { id: 'country:UA', name: 'Ukraine', iso2: 'UA' } };

/** The rows each query the gateway knows answers with; any other query fails. */
const ROWS = new Map<string, unknown[]>([
  [
    statsQuery().cypher,
    [
      { kind: 'node', name: 'Country', c: 3 },
      { kind: 'node', name: 'Claim', c: 12 },
      { kind: 'rel', name: 'PARTY_TO', c: 4 },
    ],
  ],
  [entityCountsQuery().cypher, [{ kind: 'node', name: 'Country', c: 3 }]],
  [hubsQuery(2).cypher, [{ node: ukraine, degree: 7 }]],
]);

function memoryGateway() {
  const corrections: CorrectionInput[] = [];
  const queries: { cypher: string; params: Record<string, unknown> }[] = [];
  const rowsOf = (query: { cypher: string; params: Record<string, unknown> }) => {
    queries.push(query);
    const rows = ROWS.get(query.cypher);
    if (!rows) throw new Error(`no rows for ${query.cypher.slice(0, 40)}`);
    return rows;
  };
  const gateway: GraphGateway = {
    reader: {
      async read<T>(query: { cypher: string; params: Record<string, unknown> }) {
        return rowsOf(query) as T[];
      },
      async readAll(all) {
        return all.map((query) => rowsOf(query) as Record<string, unknown>[]);
      },
      ping: async () => true,
    },
    curation: {
      async correct(input) {
        corrections.push(input);
        return record(input);
      },
      async undo() {
        throw new Error('not used');
      },
    },
  };
  return { gateway, corrections, queries };
}

function record(input: CorrectionInput): CorrectionRecord {
  return {
    id: 'correction:1',
    about: input.about,
    action: input.action,
    values: input.values ?? {},
    note: input.note,
    analyst: input.analyst,
    createdAt: '2026-01-01T00:00:00.000Z',
    undoneAt: null,
    undoneBy: null,
  };
}

async function gql(app: ReturnType<typeof createApp>, query: string, key?: string) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary GraphQL results
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

const quiet = { error: () => undefined, warn: () => undefined };
const correct = `mutation { correctFact(id: "attack:x", analyst: "ana", note: "why", values: {launched: 25}) { action about } }`;

describe('the API on an in-memory gateway', () => {
  it('answers stats from the rows the gateway reads', async () => {
    const app = createApp({ gateway: memoryGateway().gateway, logger: quiet });
    const { data } = await gql(app, '{ stats { nodes { label count } relationships { type count } } }');
    expect(data.stats.nodes).toEqual([
      { label: 'Country', count: 3 },
      { label: 'Claim', count: 12 },
    ]);
    expect(data.stats.relationships).toEqual([{ type: 'PARTY_TO', count: 4 }]);
  });

  it('hands a correction to the gateway only with the key, as the analyst gave it', async () => {
    const { gateway, corrections } = memoryGateway();
    const app = createApp({ gateway, logger: quiet, apiKey: 'k' });
    expect((await gql(app, correct)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(corrections).toEqual([]);
    const { data } = await gql(app, correct, 'k');
    expect(data.correctFact).toEqual({ action: 'SET', about: 'attack:x' });
    expect(corrections).toEqual([
      { about: 'attack:x', action: 'set', values: { launched: 25 }, note: 'why', analyst: 'ana' },
    ]);
  });

  it('refuses values that are not flat, naming the field, before the gateway sees them', async () => {
    const { gateway, corrections } = memoryGateway();
    const app = createApp({ gateway, logger: quiet, apiKey: 'k' });
    const bad = correct.replace('{launched: 25}', '{launched: {a: 1}}');
    const { errors } = await gql(app, bad, 'k');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(corrections).toEqual([]);
  });

  it('answers the overview from the rows the gateway reads, with the size asked for', async () => {
    const { gateway, queries } = memoryGateway();
    const app = createApp({ gateway, logger: quiet });
    const { data, errors } = await gql(
      app,
      '{ overview { counts { type count } hubs(first: 2) { degree entity { entityId name ... on Country { iso2 } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.overview).toEqual({
      counts: [{ type: 'Country', count: 3 }],
      hubs: [{ degree: 7, entity: { entityId: 'country:UA', name: 'Ukraine', iso2: 'UA' } }],
    });
    expect(queries.find((q) => q.cypher === hubsQuery(2).cypher)?.params).toEqual({ first: 2 });
  });

  it('refuses too many edge ids and out-of-range sizes before the gateway sees them', async () => {
    const { gateway, queries } = memoryGateway();
    const app = createApp({ gateway, logger: quiet });
    const ids = JSON.stringify(Array.from({ length: 501 }, (_, i) => `rel:${i}`));
    for (const query of [
      `{ edges(ids: ${ids}) { id } }`,
      '{ edge(id: "rel:1", knownAt: "yesterday") { id } }',
      '{ entity(id: "country:UA", knownAt: "2024-13-99x") { name } }',
      '{ overview { hubs(first: 500) { degree } } }',
      '{ overview { startingGraph(limit: 0) { month } } }',
      '{ timeline(order: NEWEST) { truncated } }',
    ]) {
      const { errors } = await gql(app, query);
      expect(errors?.[0]?.extensions?.code, query).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    expect(queries).toEqual([]);
  });
});
