import { fold, translitKey } from './fold.ts';

export interface Token {
  /** The original text of the token. */
  readonly text: string;
  /** Lower case without accents, for lexicon look-ups. */
  readonly fold: string;
  /** Transliteration key, for names. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** The first letter is upper case. */
  readonly capitalised: boolean;
  /** Every letter is upper case (acronyms). */
  readonly allCaps: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Words (letters and digits) with their offsets; apostrophes, hyphens and punctuation separate words. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = offset + match.index;
    const first = word[0]!;
    tokens.push({
      text: word,
      fold: fold(word),
      key: translitKey(word),
      start,
      end: start + word.length,
      capitalised: first !== first.toLowerCase(),
      allCaps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
    });
  }
  return tokens;
}
