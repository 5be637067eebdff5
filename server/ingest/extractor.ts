import type { ArticleInput, GraphDocument } from '../../schema/exchange.ts';
import { extractArticle } from './extract-article.ts';
import type { Gazetteer } from './gazetteer/gazetteer-schema.ts';
import { loadGazetteer } from './gazetteer/load-gazetteer.ts';
import { compileGazetteer } from './recognise/compile-gazetteer.ts';

export interface ExtractorOptions {
  /** A gazetteer already loaded; by default the one in seeds/gazetteer. */
  readonly gazetteer?: Gazetteer;
  readonly gazetteerDir?: string;
}

export interface Extractor {
  /** A one-article newsgraph/1 document whose article carries the cleaned text offsets point into. */
  extract(article: ArticleInput): GraphDocument;
}

/** Loads the gazetteer and compiles its trie once, for any number of articles. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const knowledge = compileGazetteer(options.gazetteer ?? loadGazetteer(options.gazetteerDir));
  return { extract: (article) => extractArticle(article, knowledge) };
}
