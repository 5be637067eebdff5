// The benchmarks' parser: the real one (NEWSGRAPH_NLP_URL or the local CoreNLP, with its cache), timed,
// so a benchmark can say what the parse costs within extraction.
import { openParser } from '../server/cli/connect-nlp.ts';
import { loadConfig } from '../server/config.ts';
import type { SentenceParser } from '../server/ingest/parse/parser.ts';
import { createLogger } from '../server/logger.ts';

export interface TimedParser {
  readonly parser: SentenceParser;
  /** Sentences asked for, and seconds spent waiting for their parses. */
  stats(): { sentences: number; seconds: number };
  close(): Promise<void>;
}

export async function openBenchParser(): Promise<TimedParser> {
  const config = loadConfig();
  const connection = await openParser(config, createLogger(config.logLevel));
  let sentences = 0;
  let waited = 0;
  return {
    parser: {
      async parse(requests) {
        const began = performance.now();
        const parses = await connection.parser.parse(requests);
        waited += performance.now() - began;
        sentences += requests.length;
        return parses;
      },
    },
    stats: () => ({ sentences, seconds: waited / 1000 }),
    close: () => connection.close(),
  };
}
