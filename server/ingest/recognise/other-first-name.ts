import { NOT_A_NAME, ROLE_HEADS } from '../lexicon/titles.ts';
import type { Sentence } from '../text/segment.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Knowledge } from './compile-gazetteer.ts';
import type { Span } from './spans.ts';

const TITLE_WORDS = new Set(ROLE_HEADS.flatMap((h) => h.words));

/**
 * "Ali Bagheri" is not "Mohammad Bagheri": a surname alone does not resolve to a known official when
 * another first name stands right before it.
 */
export function isOtherFirstName(
  officialId: string,
  span: Span,
  sentence: Sentence,
  knowledge: Knowledge,
): boolean {
  const previous = sentence.tokens[span.first - 1];
  if (span.last - span.first !== 1 || !previous?.capitalised || previous.allCaps) return false;
  if (!/^\p{L}+$/u.test(previous.text) || NOT_A_NAME.has(previous.fold) || TITLE_WORDS.has(previous.fold))
    return false;
  if (previous.end + 1 !== span.start) return false;
  const name = knowledge.entities.get(officialId)?.name ?? '';
  return !tokenize(name).some((t) => t.key === previous.key);
}
