import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/cli/start-server.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';
import { testNeo4j } from '../support/test-neo4j.ts';

interface Stats {
  data?: {
    stats: { nodes: { label: string; count: number }[]; relationships: { type: string; count: number }[] };
  };
  errors?: { message: string }[];
}

describe('newsgraph serve', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const graph = openTestGraph();
    await clearGraph(graph);
    await graph.driver.close();
    // Seeding the empty graph extracts with the run's real CoreNLP.
    const config = loadConfig({
      NEO4J_URI: testNeo4j.uri(),
      NEWSGRAPH_NLP_URL: inject('nlpUrl'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEWSGRAPH_CORS_ORIGINS: 'https://tools.example.org',
    });
    server = await startServer(config, createLogger('silent'), { buildExplorer: false });
    await server.prepared;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers /health and /ready over HTTP', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('loads the seed articles into an empty graph and counts them in stats', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes { label count } relationships { type count } } }' }),
    });
    const body = (await response.json()) as Stats;
    expect(body.errors).toBeUndefined();
    const count = (label: string) => body.data!.stats.nodes.find((n) => n.label === label)?.count;
    expect(count('Article')).toBe(5);
    expect(count('Country')).toBeGreaterThan(0);
    expect(body.data!.stats.relationships.find((r) => r.type === 'MENTIONS')?.count).toBeGreaterThan(0);
  });

  it('does not start a Neo4j of its own when NEO4J_URI is set', () => {
    expect(server.neo4j.startedLocal).toBe(false);
    expect(server.neo4j.uri).toBe(testNeo4j.uri());
  });

  it('takes the CORS origins from its configuration and sends the security headers', async () => {
    const ask = (origin: string) => fetch(`${server.url}/health`, { headers: { origin } });
    const friend = await ask('https://tools.example.org');
    expect(friend.headers.get('access-control-allow-origin')).toBe('https://tools.example.org');
    expect(friend.headers.get('content-security-policy')).toContain("script-src 'self'");
    const stranger = await ask('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(stranger.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
