import { AGREEMENT_TRIGGERS } from '../lexicon/agreements.ts';
import { ATTACK_TRIGGERS } from '../lexicon/attacks.ts';
import { findTriggers } from '../relate/sentence-tools.ts';
import type { Sentence } from '../text/segment.ts';

/** Only sentences that may carry an agreement or an attack are parsed: the parser is the costly stage. */
export function needsParse(sentence: Sentence): boolean {
  if (sentence.boilerplate || sentence.tokens.length < 3) return false;
  return (
    findTriggers(sentence, AGREEMENT_TRIGGERS).length > 0 ||
    findTriggers(sentence, ATTACK_TRIGGERS).length > 0
  );
}
