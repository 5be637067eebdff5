import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { type GraphDocument, validateGraphDocument } from '../../schema/exchange.ts';
import { type AppDeps, createApp } from '../../server/api/http/app.ts';
import { createGraphGateway } from '../../server/graph/gateway.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

export interface GqlResult {
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary GraphQL results
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const quietLogger = { error: (o: object) => console.error(o), warn: () => undefined };

/** A cleared test graph holding `document`, loaded by the real loader. */
export async function openGraphOf(document: GraphDocument, name = 'document'): Promise<Graph> {
  const graph = openTestGraph();
  await clearGraph(graph);
  await migrate(graph);
  const summary = await loadDocument(graph, document);
  if (summary.articlesFailed.length)
    throw new Error(`${name} load failed: ${JSON.stringify(summary.articlesFailed)}`);
  return graph;
}

/** A hand-made graph of the seed articles (test/fixtures/api-graph.json) loaded by the real loader. */
export function openSeededGraph(): Promise<Graph> {
  const file = 'test/fixtures/api-graph.json';
  return openGraphOf(validateGraphDocument(JSON.parse(readFileSync(file, 'utf8')), file), file);
}

export function createTestApp(graph: Graph, deps: Partial<AppDeps> = {}) {
  const app = createApp({ gateway: createGraphGateway(graph), logger: quietLogger, ...deps });
  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as GqlResult) };
  };
  return { app, gql };
}

export interface SeededApi {
  graph: Graph;
  gql: ReturnType<typeof createTestApp>['gql'];
}

/** Loads the seed fixture before the file's tests and closes the driver after them; fields fill in beforeAll. */
export function useSeededApi(): SeededApi {
  return useApiOver(openSeededGraph);
}

/** The API over the graph `open` makes before the file's tests; the driver closed after them. */
export function useApiOver(open: () => Promise<Graph>): SeededApi {
  const api = {} as SeededApi;
  beforeAll(async () => {
    api.graph = await open();
    api.gql = createTestApp(api.graph).gql;
  });
  afterAll(async () => {
    await api.graph?.driver.close();
  });
  return api;
}
