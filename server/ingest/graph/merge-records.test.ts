import { describe, expect, it } from 'vitest';
import { SourceSet } from './merge-records.ts';

const source = (articleId: string, start: number, end = start + 10) => ({
  articleId,
  start,
  end,
  quote: `${articleId}@${start}`,
});

describe("a relation's sources", () => {
  it('keep one list as given', () => {
    const set = new SourceSet();
    set.add([source('b', 5), source('a', 1)]);
    expect(set.toList().map((s) => s.quote)).toEqual(['b@5', 'a@1']);
  });

  it('merge several lists without repeats, by article and span', () => {
    const set = new SourceSet();
    set.add([source('b', 5), source('a', 120)]);
    set.add([source('a', 120), source('a', 9)]);
    set.add([source('b', 5), source('a', 9, 11)]);
    expect(set.toList().map((s) => [s.articleId, s.start, s.end])).toEqual([
      ['a', 9, 11],
      ['a', 9, 19],
      ['a', 120, 130],
      ['b', 5, 15],
    ]);
  });
});
