// The explorer's first screen on the real Neo4j through the real GraphQL app, on the seed fixture:
// counts by type, the most connected entities, the latest events, the latest month's starting graph,
// the latest facts of the timeline (an analyst's rejection is in api-edges.int.test.ts, on facts with
// claims, which the fixture's are not).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphGateway } from '../../server/graph/gateway.ts';
import { latestEventsQuery, startingGraphQuery } from '../../server/graph/queries/overview.ts';
import { profileQuery } from '../../server/graph/queries/profile-query.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { createTestApp, openSeededGraph } from './api-test-app.ts';

const BRYANSK = 'attack:ukrainian-drone-attack-on-bryansk-and-kaluga-77-drones';
const OVERVIEW = `{ overview {
  counts { type count }
  hubs { degree entity { entityId name type } }
  latestEvents(first: 3) { date entity { entityId type } }
  startingGraph { month events truncated nodes { id type } edges { id type source target date } }
} }`;

let graph: Graph;

/** What is tested is the answers: a first query planned on a busy machine may take longer than 10 s. */
const patientGateway = (g: Graph) => createGraphGateway(g, { timeoutMs: 60_000 });
let gql: ReturnType<typeof createTestApp>['gql'];

beforeAll(async () => {
  graph = await openSeededGraph();
  gql = createTestApp(graph, { gateway: patientGateway(graph) }).gql;
});

afterAll(async () => {
  await graph?.driver.close();
});

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const result = await gql(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Relations of one entity in the default view, counted through the entity's own field. */
async function degreeOf(id: string): Promise<number> {
  const data = await ask(
    'query($id: String!) { entity(id: $id) { relations(first: 500) { edge { id } } } }',
    {
      id,
    },
  );
  return data.entity.relations.length;
}

describe('overview', () => {
  it('counts entities by type as stats does', async () => {
    const data = await ask(`{ overview { counts { type count } } stats { nodes { label count } } }`);
    expect(data.overview.counts.map((c: { type: string }) => c.type)).toEqual([
      'Country',
      'Official',
      'Organization',
      'Place',
      'Agreement',
      'Attack',
    ]);
    for (const { type, count } of data.overview.counts) {
      expect(count).toBe(data.stats.nodes.find((n: { label: string }) => n.label === type).count);
    }
  });

  it('ranks the most connected entities by their relations in the default view, optionally of one type', async () => {
    const { overview } = await ask(OVERVIEW);
    expect(overview.hubs).toHaveLength(8);
    const degrees = overview.hubs.map((h: { degree: number }) => h.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(overview.hubs[0].entity.entityId).toBe('country:UA');
    for (const hub of overview.hubs.slice(0, 3)) expect(hub.degree).toBe(await degreeOf(hub.entity.entityId));
    const places = await ask('{ overview { hubs(type: Place, first: 3) { degree entity { type } } } }');
    expect(places.overview.hubs).toHaveLength(3);
    expect(places.overview.hubs.every((h: { entity: { type: string } }) => h.entity.type === 'Place')).toBe(
      true,
    );
  });

  it('lists the latest agreements and attacks newest first with their dates', async () => {
    const { overview } = await ask(OVERVIEW);
    expect(overview.latestEvents).toEqual([
      { date: '2025-03-12', entity: { entityId: BRYANSK, type: 'Attack' } },
      {
        date: '2024-06-13',
        entity: { entityId: 'agreement:us-ukraine-bilateral-security-agreement-10-years', type: 'Agreement' },
      },
      {
        date: '2024-06-13',
        entity: {
          entityId: 'attack:ukrainian-drone-attack-on-southern-russian-regions-87-drones',
          type: 'Attack',
        },
      },
    ]);
  });

  it("gives the latest month's events with their relations and endpoints as a starting graph", async () => {
    const { startingGraph } = (await ask(OVERVIEW)).overview;
    expect(startingGraph).toMatchObject({ month: '2025-03', events: [BRYANSK], truncated: false });
    const ends = startingGraph.edges.map((e: { source: string; target: string }) =>
      e.source === BRYANSK ? e.target : e.source,
    );
    expect(ends.sort()).toEqual(['country:RU', 'country:UA', 'place:bryansk', 'place:kaluga']);
    expect(startingGraph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([BRYANSK, ...ends].sort());
    const cut = await ask('{ overview { startingGraph(limit: 1) { events } } }');
    expect(cut.overview.startingGraph.events).toEqual([BRYANSK]);
  });

  it('refuses sizes out of bounds', async () => {
    for (const field of [
      'hubs(first: 101) { degree }',
      'latestEvents(first: 0) { date }',
      'startingGraph(limit: 501) { month }',
    ]) {
      const result = await gql(`{ overview { ${field} } }`);
      expect(
        result.errors?.map((e) => e.extensions?.code),
        field,
      ).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('walks the date indexes in order for the latest events and the month (no label scan, no sort)', async () => {
    for (const query of [latestEventsQuery(8), startingGraphQuery(100)]) {
      const profile = await profileQuery(graph.driver, graph.database, query);
      const operators = profile.top.map((op) => op.operator);
      expect(operators, query.cypher).not.toContain('NodeByLabelScan');
    }
  });
});

describe('timeline(order: LATEST_FIRST)', () => {
  it('gives the latest facts newest first, where the default gives the earliest', async () => {
    const query = 'query($order: TimelineOrder) { timeline(first: 3, order: $order) { edges { date } } }';
    const latest = (await ask(query, { order: 'LATEST_FIRST' })).timeline.edges.map(
      (e: { date: string }) => e.date,
    );
    const earliest = (await ask(query)).timeline.edges.map((e: { date: string }) => e.date);
    expect(latest).toEqual([...latest].sort().reverse());
    expect(latest[0]).toBe('2025-03-12');
    expect(earliest).toEqual([...earliest].sort());
    expect(earliest[0] < latest[0]).toBe(true);
  });
});
