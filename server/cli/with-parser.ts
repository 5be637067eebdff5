import { loadConfig } from '../config.ts';
import type { SentenceParser } from '../ingest/parse/parser.ts';
import { createLogger } from '../logger.ts';
import { openParser } from './connect-nlp.ts';

/** Runs a one-shot command with the syntactic parser (NEWSGRAPH_NLP_URL or the local CoreNLP), then closes it. */
export async function withParser<T>(work: (parser: SentenceParser) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const connection = await openParser(config, logger);
  try {
    return await work(connection.parser);
  } finally {
    await connection.close();
    logger.flush();
  }
}
