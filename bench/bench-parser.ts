// The benchmarks' parser: the real one (NEWSGRAPH_NLP_URL or the local CoreNLP, with its cache), timed,
// so a benchmark can say what the parse costs within extraction.
import { openParser } from '../server/cli/connect-nlp.ts';
import { loadConfig } from '../server/config.ts';
import type { SentenceParser } from '../server/ingest/parse/parser.ts';
import { createLogger } from '../server/logger.ts';

export interface TimedParser {
  readonly parser: SentenceParser;
  /** Sentences asked for, and the seconds during which at least one parse was awaited. */
  stats(): { sentences: number; seconds: number };
  close(): Promise<void>;
}

export async function openBenchParser(): Promise<TimedParser> {
  const config = loadConfig();
  const connection = await openParser(config, createLogger(config.logLevel));
  let sentences = 0;
  let waited = 0;
  // Wall time with at least one parse in flight: articles overlap, so their waits must not add up.
  let inFlight = 0;
  let busySince = 0;
  return {
    parser: {
      async parse(requests) {
        if (inFlight++ === 0) busySince = performance.now();
        try {
          return await connection.parser.parse(requests);
        } finally {
          sentences += requests.length;
          if (--inFlight === 0) waited += performance.now() - busySince;
        }
      },
    },
    stats: () => ({ sentences, seconds: waited / 1000 }),
    close: () => connection.close(),
  };
}
