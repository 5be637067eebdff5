// Splits an article text around a source span so the span can be shown highlighted in its context.

export interface SpanParts {
  before: string;
  span: string;
  after: string;
  /** True when the context was cut at either end (shown as an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Context around `text.slice(start, end)`. When the offsets do not point at the quote (an article
 * re-cleaned since extraction), the quote is looked up in the text, else shown alone.
 */
export function splitSpan(
  text: string | null | undefined,
  quote: string,
  start: number,
  end: number,
  context = 160,
): SpanParts {
  let from = start;
  let to = end;
  if (!text || text.slice(from, to) !== quote) {
    const found = text ? text.indexOf(quote) : -1;
    if (!text || found < 0 || quote.length === 0) {
      return { before: '', span: quote, after: '', cutBefore: false, cutAfter: false };
    }
    from = found;
    to = found + quote.length;
  }
  const contextStart = Math.max(0, from - context);
  const contextEnd = Math.min(text.length, to + context);
  return {
    before: text.slice(contextStart, from),
    span: text.slice(from, to),
    after: text.slice(to, contextEnd),
    cutBefore: contextStart > 0,
    cutAfter: contextEnd < text.length,
  };
}
