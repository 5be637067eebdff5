// An in-memory LRU of parses in front of any SentenceParser, keyed by parseKey (language + exact text).
// Only misses reach the inner parser, in one batch; a sentence repeated in a batch, or already being
// parsed for a concurrent call, is parsed once.
import { parseKey } from './parse-key.ts';
import type { ParseRequest, SentenceParse, SentenceParser } from './parser.ts';

export interface CachedParserOptions {
  /** Parses kept; the least recently used go first. Default 20,000 (a few KB each). */
  readonly max?: number;
}

export function cachedParser(inner: SentenceParser, options: CachedParserOptions = {}): SentenceParser {
  const max = options.max ?? 20_000;
  const cache = new Map<string, SentenceParse>();
  const pending = new Map<string, Promise<SentenceParse>>();

  const remember = (key: string, parse: SentenceParse): void => {
    cache.set(key, parse);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
  };
  const lookup = (key: string): SentenceParse | undefined => {
    const parse = cache.get(key);
    if (parse) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      cache.delete(key);
      cache.set(key, parse);
    }
    return parse;
  };

  const parseMisses = (misses: Map<string, ParseRequest>): void => {
    const batch = inner.parse([...misses.values()]).then((parses) => {
      if (parses.length !== misses.size) {
        throw new Error(`the parser returned ${parses.length} parses for ${misses.size} sentences`);
      }
      return new Map([...misses.keys()].map((key, i) => [key, parses[i]!]));
    });
    batch
      .catch(() => {})
      .finally(() => {
        for (const key of misses.keys()) pending.delete(key);
      });
    for (const key of misses.keys()) {
      pending.set(
        key,
        batch.then((parses) => {
          const parse = parses.get(key)!;
          remember(key, parse);
          return parse;
        }),
      );
    }
  };

  const parser: SentenceParser = {
    parse(requests) {
      const keys = requests.map(parseKey);
      const misses = new Map<string, ParseRequest>();
      keys.forEach((key, i) => {
        if (!cache.has(key) && !pending.has(key)) misses.set(key, requests[i]!);
      });
      if (misses.size > 0) parseMisses(misses);
      return Promise.all(keys.map((key) => lookup(key) ?? pending.get(key)!));
    },
  };
  if (inner.close) parser.close = () => inner.close!();
  return parser;
}
