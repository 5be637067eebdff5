import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/tx.ts';
import { testNeo4j } from '../support/test-neo4j.ts';
import { createTestApp, openSeededGraph } from './api-test-app.ts';

let graph: Graph;

beforeAll(async () => {
  graph = await openSeededGraph();
});

afterAll(async () => {
  await graph?.driver.close();
});

async function until(check: () => Promise<boolean>, tries = 60): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('readiness', () => {
  it('turns /ready to 503 and queries to SERVICE_UNAVAILABLE while Neo4j is down, and recovers by itself', async () => {
    const { app, gql } = createTestApp(graph);
    const ready = async () => (await app.fetch('http://localhost/ready')).status;
    expect(await ready()).toBe(200);
    await testNeo4j.stop();
    try {
      expect(await ready()).toBe(503);
      expect((await app.fetch('http://localhost/health')).status).toBe(200);
      const down = await gql('{ stats { nodes { count } } }');
      expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await testNeo4j.start();
    }

    expect(await until(async () => (await ready()) === 200)).toBe(true);
    const up = await gql('{ stats { nodes { label count } } }');
    expect(up.errors).toBeUndefined();
  }, 240_000);
});
