import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import type { GraphGateway } from '../../graph/gateway.ts';
import type { GraphReader } from '../../graph/queries/run-read.ts';
import type { Context, IngestDeps } from '../schema/builder.ts';
import { createLoaders } from '../schema/loaders.ts';
import { schema } from '../schema/schema.ts';
import { isAuthorized } from './auth.ts';
import { graphiqlExamples } from './graphiql-examples.ts';
import { graphiqlAsset, renderGraphiqlPage } from './graphiql-page.ts';
import { type HttpPolicy, httpPolicyPlugin } from './http-policy.ts';
import { createMaskError, type ErrorLogger } from './mask-error.ts';
import { guardAgainstOutage, guardIngest } from './outage-guard.ts';
import { type RequestLimits, requestLimitsPlugin } from './request-limits.ts';
import { createStaticHandler } from './static-files.ts';
import { reportRejection, validationCodesPlugin } from './validation-codes.ts';

export interface AppDeps {
  /** The store's reads and writes (server/graph/gateway.ts): the app never sees a driver. */
  gateway: GraphGateway;
  logger: ErrorLogger;
  /** Mutations are refused unless this is set and sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** The built explorer; defaults to `explorer/dist` under the working directory. */
  explorerDir?: string;
  ingest?: IngestDeps;
  maxBodyBytes?: number;
  /** Host check and CORS; by default loopback names only and no cross-origin access. */
  http?: HttpPolicy;
  /** Work, per-client pace and response size (request-limits.ts); defaults REQUEST_LIMITS. */
  limits?: Partial<RequestLimits>;
}

export const LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxBodyBytes: 100_000,
};

export function createApp(deps: AppDeps) {
  const reader = guardAgainstOutage(deps.gateway.reader);
  const curate = deps.gateway.curation;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Our own /health and /ready answer JSON; Yoga's built-in check would shadow them.
    healthCheckEndpoint: '/yoga-health',
    logging: false,
    // Served by the routes below, after the Host check that Yoga's own GraphiQL would run ahead of.
    graphiql: false,
    // CORS is the http policy's: Yoga's own would echo any Origin with credentials allowed.
    cors: false,
    maskedErrors: { maskError: createMaskError(deps.logger) },
    context: ({ request }) => ({
      reader,
      loaders: createLoaders(reader),
      authorized: isAuthorized(request.headers.get('authorization'), deps.apiKey),
      ingest: deps.ingest && guardIngest(deps.ingest, reader),
      curate,
    }),
    plugins: [
      httpPolicyPlugin(deps.http ?? { host: '127.0.0.1' }),
      routesPlugin(reader, deps.explorerDir ?? 'explorer/dist', deps.maxBodyBytes ?? LIMITS.maxBodyBytes),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ...reportRejection },
        costLimit: { maxCost: LIMITS.maxCost, ...reportRejection },
        maxAliases: { n: LIMITS.maxAliases, ...reportRejection },
        maxTokens: { n: LIMITS.maxTokens },
        blockFieldSuggestion: { enabled: true },
      }),
      validationCodesPlugin(),
      requestLimitsPlugin(deps.limits),
      // Each document compiled once into a function: a neighbourhood resolves thousands of plain fields,
      // which graphql-js walks one resolver call at a time (bench:api, "yoga+resolvers+JSON").
      useGraphQlJit(),
    ],
  });
}

/** /health, /ready, the request body limit and the explorer's static files, ahead of GraphQL. */
function routesPlugin(reader: GraphReader, explorerDir: string, maxBodyBytes: number): Plugin {
  const serveStatic = createStaticHandler(explorerDir);
  const graphiqlPage = renderGraphiqlPage({
    title: 'Newsgraph',
    defaultTabs: graphiqlExamples.map((query) => ({ query })),
  });
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === '/health') return endResponse(json(200, { status: 'ok' }));
      if (url.pathname === '/ready') {
        const up = await reader.ping();
        return endResponse(json(up ? 200 : 503, { status: up ? 'ready' : 'neo4j unavailable' }));
      }
      if (url.pathname.replace(/\/$/, '') === '/graphql' && shouldRenderGraphiQL(request))
        return endResponse(html(graphiqlPage));
      if (url.pathname.startsWith('/graphql')) {
        const tooLarge = bodyTooLarge(request, maxBodyBytes);
        if (tooLarge) endResponse(tooLarge);
        return;
      }
      if (request.method === 'GET' || request.method === 'HEAD')
        return endResponse((await graphiqlAsset(url.pathname)) ?? (await serveStatic(url.pathname)));
    },
  };
}

function bodyTooLarge(request: Request, maxBytes: number): Response | undefined {
  if (request.method !== 'POST') return undefined;
  const length = request.headers.get('content-length');
  if (length === null) return json(411, { error: 'a Content-Length header is required' });
  if (Number(length) > maxBytes) {
    return json(413, { error: `request body of ${length} bytes is over the limit of ${maxBytes}` });
  }
  return undefined;
}

function html(body: string): Response {
  return new Response(body, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
