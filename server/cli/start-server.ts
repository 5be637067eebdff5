// `newsgraph serve`: Neo4j (local unless NEO4J_URI), migrations, seeds when the graph is empty, then the
// API and explorer over HTTP. Neo4j may come and go while the server runs: the driver reconnects, /ready
// tells, and preparation retries until it succeeds.

import { createServer, type Server } from 'node:http';
import { AppError } from '../../schema/errors.ts';
import { createApp } from '../api/http/app.ts';
import { refuseMalformedHost } from '../api/http/host-check.ts';
import type { Config } from '../config.ts';
import { createGraphGateway } from '../graph/gateway.ts';
import { migrate } from '../graph/migrations.ts';
import { createExtractor, type Extractor } from '../ingest/index.ts';
import type { SentenceParser } from '../ingest/parse/parser.ts';
import type { Logger } from '../logger.ts';
import { buildExplorerIfMissing } from './build-explorer.ts';
import { connectNeo4j, type Neo4jConnection } from './connect-neo4j.ts';
import { lazyParser } from './connect-nlp.ts';
import { createIngestService } from './ingest-service.ts';
import { seedIfEmpty } from './seed-if-empty.ts';

export interface RunningServer {
  readonly url: string;
  readonly neo4j: Neo4jConnection;
  /** Resolves once migrations (and seeding) are done. */
  readonly prepared: Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Build explorer/dist with Vite when it is missing (default true). */
  readonly buildExplorer?: boolean;
  /** The parser for seeding and ingest mutations; by default CoreNLP, opened on first use. */
  readonly parser?: SentenceParser;
}

export async function startServer(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningServer> {
  if (options.buildExplorer ?? true) await buildExplorerIfMissing(logger);
  const neo4j = await connectNeo4j(config, logger);
  const nlp = options.parser ? { parser: options.parser, close: async () => {} } : lazyParser(config, logger);
  const extractor = createExtractor({ parser: nlp.parser });
  let closing = false;
  const prepared = prepareWithRetry(neo4j, logger, extractor, () => closing);
  const app = createApp({
    gateway: createGraphGateway(neo4j.graph),
    logger,
    apiKey: config.apiKey,
    ingest: createIngestService(neo4j.graph, nlp.parser),
    http: config.http,
  });
  const server = createServer(refuseMalformedHost(app));
  await listen(server, config.http.port, config.http.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const url = `http://${config.http.host}:${port}`;
  logger.info({ url, neo4j: neo4j.uri }, 'newsgraph serving');
  return {
    url,
    neo4j,
    prepared,
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await neo4j.close();
      await nlp.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AppError('CONFIG_INVALID', `PORT: cannot listen on ${host}:${port} (${error.code})`, {
          cause: error,
        }),
      ),
    );
    server.listen(port, host, () => resolve());
  });
}

async function prepareWithRetry(
  neo4j: Neo4jConnection,
  logger: Logger,
  extractor: Extractor,
  closing: () => boolean,
): Promise<void> {
  for (let delay = 1_000; !closing(); delay = Math.min(delay * 2, 30_000)) {
    try {
      const migrated = await migrate(neo4j.graph);
      if (migrated) logger.info(migrated, 'store migrated');
      await seedIfEmpty(neo4j.graph, logger, extractor);
      return;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'SERVICE_UNAVAILABLE')) throw error;
      logger.warn({ err: error, retryInMs: delay }, 'Neo4j unavailable while preparing the graph; retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
