import type { ArticleInput, GraphDocument } from '../../schema/exchange.ts';
import { prepareArticle, relateArticle } from './extract-article.ts';
import { EXTRACTOR_VERSION } from './extractor-version.ts';
import { gazetteerHash } from './gazetteer/gazetteer-hash.ts';
import type { Gazetteer } from './gazetteer/gazetteer-schema.ts';
import { type CompiledGazetteer, loadKnowledge } from './gazetteer/load-knowledge.ts';
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
  /** The rules' version and the gazetteer's hash: on every claim and in every article's fingerprint. */
  readonly version: string;
  /** A one-article newsgraph/2 document whose article carries the cleaned text offsets point into. */
  extract(article: ArticleInput): Promise<GraphDocument>;
}

/** Loads the gazetteer compiled (from its cache when unchanged), once for any number of articles. */
export function createExtractor(options: ExtractorOptions): Extractor {
  const { knowledge, hash } = options.gazetteer
    ? compiledNow(options.gazetteer)
    : loadKnowledge(options.gazetteerDir);
  const version = `${EXTRACTOR_VERSION}+gazetteer.${hash}`;
  return {
    version,
    async extract(article) {
      const prepared = prepareArticle(article, knowledge);
      const parses = prepared.requests.length > 0 ? await options.parser.parse(prepared.requests) : [];
      return relateArticle(prepared, parses, version);
    },
  };
}

function compiledNow(gazetteer: Gazetteer): CompiledGazetteer {
  return { knowledge: compileGazetteer(gazetteer), hash: gazetteerHash(gazetteer) };
}
