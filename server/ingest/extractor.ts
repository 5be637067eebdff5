import type { ArticleInput, GraphDocument } from '../../schema/exchange.ts';
import { prepareArticle, relateArticle } from './extract-article.ts';
import type { Gazetteer } from './gazetteer/gazetteer-schema.ts';
import { loadGazetteer } from './gazetteer/load-gazetteer.ts';
import type { SentenceParser } from './parse/parser.ts';
import { compileGazetteer } from './recognise/compile-gazetteer.ts';

export interface ExtractorOptions {
  /** The syntactic parser for the sentences that carry events (CoreNLP, cached; stored parses in tests). */
  readonly parser: SentenceParser;
  /** A gazetteer already loaded; by default the one in seeds/gazetteer. */
  readonly gazetteer?: Gazetteer;
  readonly gazetteerDir?: string;
}

export interface Extractor {
  /** A one-article newsgraph/1 document whose article carries the cleaned text offsets point into. */
  extract(article: ArticleInput): Promise<GraphDocument>;
}

/** Loads the gazetteer and compiles its trie once, for any number of articles. */
export function createExtractor(options: ExtractorOptions): Extractor {
  const knowledge = compileGazetteer(options.gazetteer ?? loadGazetteer(options.gazetteerDir));
  return {
    async extract(article) {
      const prepared = prepareArticle(article, knowledge);
      const parses = prepared.requests.length > 0 ? await options.parser.parse(prepared.requests) : [];
      return relateArticle(prepared, parses);
    },
  };
}
