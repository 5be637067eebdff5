import { describe, expect, it } from 'vitest';
import { splitSpan } from './highlight.ts';

const TEXT = 'Avant. Joe Biden et Volodymyr Zelensky ont signé hier un accord. Après.';

describe('splitSpan', () => {
  it('cuts the text around the stated span', () => {
    const quote = 'Joe Biden et Volodymyr Zelensky ont signé hier un accord.';
    const start = TEXT.indexOf(quote);
    const parts = splitSpan(TEXT, quote, start, start + quote.length, 4);
    expect(parts).toEqual({ before: 'nt. ', span: quote, after: ' Apr', cutBefore: true, cutAfter: true });
  });

  it('finds the quote when the offsets are stale', () => {
    const parts = splitSpan(TEXT, 'Après.', 0, 3);
    expect(parts.span).toBe('Après.');
    expect(parts.after).toBe('');
  });

  it('shows the quote alone without the article text', () => {
    expect(splitSpan(null, '<img src=x>', 0, 11).span).toBe('<img src=x>');
  });
});
