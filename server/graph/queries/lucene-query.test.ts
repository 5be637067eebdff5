import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from './lucene-query.ts';

describe('toLuceneQuery', () => {
  it('adds exact, prefix and fuzzy terms for each word, folded to lower case without accents', () => {
    expect(toLuceneQuery('Koursk')).toBe('(koursk^4 OR koursk*^2 OR koursk~1)');
    expect(toLuceneQuery('Zélenskyy')).toBe('(zelenskyy^4 OR zelenskyy*^2 OR zelenskyy~2)');
  });
  it('drops Lucene operators and punctuation from user input instead of parsing them', () => {
    expect(toLuceneQuery('AND (kursk)*: OR "x')).toBe(
      '(and^4 OR and*^2) OR (kursk^4 OR kursk*^2 OR kursk~1) OR (or^4) OR (x^4)',
    );
    expect(toLuceneQuery('l’Ukraine')).toContain('(ukraine^4');
  });
  it('returns undefined when nothing searchable remains', () => {
    expect(toLuceneQuery(' *?~ ')).toBeUndefined();
  });
  it('escapes every special character with a backslash', () => {
    expect(escapeLucene('a+b-c:d/e')).toBe('a\\+b\\-c\\:d\\/e');
  });
});
