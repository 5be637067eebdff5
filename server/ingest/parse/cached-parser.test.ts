import { describe, expect, it } from 'vitest';
import { cachedParser } from './cached-parser.ts';
import type { ParseRequest, SentenceParse, SentenceParser } from './parser.ts';

/** A parser whose parse of a text is one word holding the text, recording every batch it receives. */
function countingParser(): SentenceParser & { batches: string[][] } {
  const batches: string[][] = [];
  return {
    batches,
    async parse(requests: readonly ParseRequest[]): Promise<SentenceParse[]> {
      batches.push(requests.map((r) => `${r.language}:${r.text}`));
      return requests.map((r) => ({
        words: [{ id: 1, form: r.text, lemma: r.text, pos: 'X', head: 0, deprel: 'root', start: 0, end: 1 }],
      }));
    },
  };
}

const en = (text: string): ParseRequest => ({ language: 'en', text });
const fr = (text: string): ParseRequest => ({ language: 'fr', text });
const formsOf = (parses: SentenceParse[]) => parses.map((p) => p.words[0]!.form);

describe('cachedParser', () => {
  it('sends only the misses, in one batch, and answers in request order', async () => {
    const inner = countingParser();
    const parser = cachedParser(inner);
    await parser.parse([en('A.'), en('B.')]);
    const parses = await parser.parse([en('C.'), en('A.'), en('D.'), en('B.')]);
    expect(formsOf(parses)).toEqual(['C.', 'A.', 'D.', 'B.']);
    expect(inner.batches).toEqual([
      ['en:A.', 'en:B.'],
      ['en:C.', 'en:D.'],
    ]);
  });

  it('parses a sentence repeated within one batch once', async () => {
    const inner = countingParser();
    const parses = await cachedParser(inner).parse([en('A.'), en('A.'), en('B.'), en('A.')]);
    expect(formsOf(parses)).toEqual(['A.', 'A.', 'B.', 'A.']);
    expect(inner.batches).toEqual([['en:A.', 'en:B.']]);
  });

  it('keys by language as well as text', async () => {
    const inner = countingParser();
    const parser = cachedParser(inner);
    await parser.parse([en('Paris.')]);
    await parser.parse([fr('Paris.'), en('Paris.')]);
    expect(inner.batches).toEqual([['en:Paris.'], ['fr:Paris.']]);
  });

  it('shares one parse between concurrent calls asking for the same sentence', async () => {
    const inner = countingParser();
    const parser = cachedParser(inner);
    const [first, second] = await Promise.all([parser.parse([en('A.')]), parser.parse([en('A.'), en('B.')])]);
    expect(formsOf(first)).toEqual(['A.']);
    expect(formsOf(second)).toEqual(['A.', 'B.']);
    expect(inner.batches).toEqual([['en:A.'], ['en:B.']]);
  });

  it('forgets the least recently used parse beyond max', async () => {
    const inner = countingParser();
    const parser = cachedParser(inner, { max: 2 });
    await parser.parse([en('A.'), en('B.')]);
    await parser.parse([en('A.')]); // A is now more recent than B
    await parser.parse([en('C.')]); // evicts B
    await parser.parse([en('A.'), en('B.')]);
    expect(inner.batches).toEqual([['en:A.', 'en:B.'], ['en:C.'], ['en:B.']]);
  });

  it('caches nothing from a failed batch, so the next call tries again', async () => {
    let fail = true;
    const inner = countingParser();
    const flaky: SentenceParser = {
      parse: (requests) => (fail ? Promise.reject(new Error('parser down')) : inner.parse(requests)),
    };
    const parser = cachedParser(flaky);
    await expect(parser.parse([en('A.')])).rejects.toThrow('parser down');
    fail = false;
    expect(formsOf(await parser.parse([en('A.')]))).toEqual(['A.']);
  });

  it('closes the inner parser', async () => {
    let closed = false;
    const inner: SentenceParser = {
      parse: async () => [],
      close: async () => {
        closed = true;
      },
    };
    await cachedParser(inner).close?.();
    expect(closed).toBe(true);
  });
});
