const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so user text is only ever searched for, never parsed as operators. */
export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** Lower case without diacritics, as the `standard-folding` analyzer indexes names. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Builds the full-text query for free user input: each word as an exact term (boosted), a prefix and a
 * fuzzy term, so "zelenskyy" finds Zelensky and "koursk" finds Kursk. Fuzzy and prefix terms bypass the
 * analyzer, hence the folding here. Returns undefined when nothing searchable remains.
 */
export function toLuceneQuery(input: string): string | undefined {
  const words = foldText(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map(wordClause).join(' OR ');
}

function wordClause(word: string): string {
  const term = escapeLucene(word);
  const parts = [`${term}^4`];
  if (word.length >= 3) parts.push(`${term}*^2`);
  if (word.length >= 4) parts.push(`${term}~${word.length >= 7 ? 2 : 1}`);
  return `(${parts.join(' OR ')})`;
}
