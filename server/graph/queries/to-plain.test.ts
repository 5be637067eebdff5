import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './to-plain.ts';

describe('toPlain', () => {
  it('turns driver integers, temporals and nested maps into plain values and leaves plain ones alone', () => {
    const value = {
      count: neo4j.int(42),
      huge: neo4j.int('9007199254740993'),
      day: new neo4j.types.Date(2024, 6, 13),
      list: [neo4j.int(1), 'a', true, null, { start: neo4j.int(3), quote: 'q' }],
      name: 'Kyiv',
      score: 1.5,
      missing: undefined,
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      huge: '9007199254740993',
      day: '2024-06-13',
      list: [1, 'a', true, null, { start: 3, quote: 'q' }],
      name: 'Kyiv',
      score: 1.5,
      missing: null,
    });
  });
});
