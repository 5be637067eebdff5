// The process's one syntactic parser: NEWSGRAPH_NLP_URL when set, otherwise the local CoreNLP server,
// started here when it is not already running (and then stopped again by close()). Either way behind an
// in-memory parse cache.
import type { Config } from '../config.ts';
import { cachedParser } from '../ingest/parse/cached-parser.ts';
import type { SentenceParser } from '../ingest/parse/parser.ts';
import type { Logger } from '../logger.ts';
import { createCoreNlpParser, localNlpStatus, startLocalNlp, stopLocalNlp } from '../nlp-local/index.ts';

export interface ParserConnection {
  readonly parser: SentenceParser;
  /** The CoreNLP server in use. */
  readonly url: string;
  /** True when this process started the local server, which close() then stops. */
  readonly startedLocal: boolean;
  close(): Promise<void>;
}

export async function openParser(config: Config, logger?: Logger): Promise<ParserConnection> {
  let url = config.nlp.url;
  let startedLocal = false;
  const { local } = config.nlp;
  if (!url) {
    startedLocal = !localNlpStatus(local.dataDir).running;
    const began = Date.now();
    // Owned by this process, so a crash does not leave the JVM behind; close() stops it when all is well.
    const state = await startLocalNlp({ ...local, ownerPid: process.pid });
    url = state.url;
    if (startedLocal) logger?.info({ url, ms: Date.now() - began }, 'local CoreNLP started');
  }
  return {
    parser: cachedParser(createCoreNlpParser({ url })),
    url,
    startedLocal,
    async close() {
      if (!startedLocal) return;
      await stopLocalNlp(local.dataDir);
      logger?.info({ dataDir: local.dataDir }, 'local CoreNLP stopped');
    },
  };
}

/**
 * A parser that opens its connection on first use: `serve` starts CoreNLP only when it has something to
 * extract (seeding an empty graph, an ingest mutation), not on every start.
 */
export function lazyParser(
  config: Config,
  logger?: Logger,
): { parser: SentenceParser; close(): Promise<void> } {
  let connection: Promise<ParserConnection> | undefined;
  return {
    parser: {
      async parse(requests) {
        connection ??= openParser(config, logger);
        connection.catch(() => {
          connection = undefined;
        });
        return (await connection).parser.parse(requests);
      },
    },
    async close() {
      const opened = connection;
      connection = undefined;
      if (opened) await (await opened).close();
    },
  };
}
