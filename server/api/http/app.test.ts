// Resolvers through the real Yoga app (app.fetch), on an in-memory gateway: what the schema does with
// the rows and the writes the gateway gives it, with no Neo4j. Storage itself is tested on the real
// Neo4j in test/integration.
import { describe, expect, it } from 'vitest';
import type { CorrectionRecord } from '../../../schema/exchange.ts';
import type { CorrectionInput } from '../../graph/curate/corrections.ts';
import type { GraphGateway } from '../../graph/gateway.ts';
import { statsQuery } from '../../graph/queries/stats.ts';
import { createApp } from './app.ts';

function memoryGateway() {
  const corrections: CorrectionInput[] = [];
  const gateway: GraphGateway = {
    reader: {
      async read<T>(query: { cypher: string }) {
        if (query.cypher !== statsQuery().cypher) throw new Error(`no rows for ${query.cypher.slice(0, 40)}`);
        return [
          { kind: 'node', name: 'Country', c: 3 },
          { kind: 'node', name: 'Claim', c: 12 },
          { kind: 'rel', name: 'PARTY_TO', c: 4 },
        ] as T[];
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
  return { gateway, corrections };
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
});
