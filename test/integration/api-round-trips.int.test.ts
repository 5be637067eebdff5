import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/tx.ts';
import { createTestApp, openSeededGraph } from './api-test-app.ts';

let graph: Graph;
let reads = 0;

/** The real driver, with every session's executeRead counted: one call is one database round trip. */
function countingDriver(driver: Graph['driver']): Graph['driver'] {
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== 'session') return Reflect.get(target, key, receiver);
      return (...args: Parameters<Graph['driver']['session']>) => {
        const session = target.session(...args);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((...readArgs: Parameters<typeof executeRead>) => {
          reads += 1;
          return executeRead(...readArgs);
        }) as typeof executeRead;
        return session;
      };
    },
  });
}

const ENTITY = `
  name
  relations { direction other { name } edge { date sources { quote article { title publishedAt } } } }
  mentionedIn { title mentions { name } }`;
const QUERY = `query($first: Int!) {
  countries(first: $first) { edges { node { ${ENTITY}
    ... on Country { officials { role official { name } } attacksSuffered { edge { id } } aidReceived { edge { id } } }
  } } }
  officials(first: $first) { edges { node { ${ENTITY}
    ... on Official { roles { role of { name } } agreementsSigned { edge { id } } meetings { other { id } } }
  } } }
}`;

beforeAll(async () => {
  graph = await openSeededGraph();
});

afterAll(async () => {
  await graph?.driver.close();
});

describe('database round trips', () => {
  it('do not grow with the number of entities a request returns', async () => {
    const { gql } = createTestApp({ ...graph, driver: countingDriver(graph.driver) });
    const roundTrips = async (first: number) => {
      reads = 0;
      const result = await gql(QUERY, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data.countries.edges).toHaveLength(first);
      expect(result.data.officials.edges).toHaveLength(first);
      return reads;
    };
    const few = await roundTrips(2);
    const many = await roundTrips(10);
    // Batches follow event-loop ticks, so two loads of one kind may land in one batch or two; what must
    // not happen is one query per result (N+1 would be dozens here, growing fivefold).
    expect(Math.abs(many - few)).toBeLessThanOrEqual(2);
    expect(many).toBeLessThanOrEqual(20);
  });

  it('read an entity with its relations, their sources and articles in one', async () => {
    const { gql } = createTestApp({ ...graph, driver: countingDriver(graph.driver) });
    reads = 0;
    const result = await gql(`{ entity(id: "country:UA") { name ... on Country {
      relations(first: 50) { direction other { name } edge { type date sources { quote article { title } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.relations.length).toBeGreaterThan(0);
    expect(reads).toBe(1);
  });

  it('answer the overview in at most one read per part, side by side', async () => {
    const { gql } = createTestApp({ ...graph, driver: countingDriver(graph.driver) });
    reads = 0;
    const result = await gql(`{ overview {
      counts { type count }
      hubs(first: 20) { degree entity { name } }
      latestEvents(first: 20) { date entity { name } }
      startingGraph { month events nodes { id name } edges { id source target date } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.overview.hubs.length).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(4);
  });

  it('read many relations by id with their sources, articles and claims in a few, however many', async () => {
    const { gql } = createTestApp({ ...graph, driver: countingDriver(graph.driver) });
    const all = await gql('{ timeline(first: 100) { edges { id } } }');
    const ids: string[] = all.data.timeline.edges.map((e: { id: string }) => e.id);
    const roundTrips = async (some: string[]) => {
      reads = 0;
      const result = await gql(
        `query($ids: [String!]!) { edges(ids: $ids) {
          id sources(first: 100) { quote article { title publishedAt } } claims { quote knownAt } } }`,
        { ids: some },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.edges).toHaveLength(some.length);
      return reads;
    };
    expect(ids.length).toBeGreaterThan(10);
    const few = await roundTrips(ids.slice(0, 2));
    const many = await roundTrips(ids);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(3);
  });
});
