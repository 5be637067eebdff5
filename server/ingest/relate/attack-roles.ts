import { DEFENCE_WORDS, HIT_VERB, TARGET_FILLERS, TARGET_PREPOSITIONS } from '../lexicon/attacks.ts';
import type { DemonymCue, EntityMention } from '../recognise/spans.ts';

/** A demonym beside "défense aérienne" or "air defence" names the side that defends. */
export function isDefender(words: readonly string[], cue: DemonymCue): boolean {
  return [cue.first - 1, cue.first - 2, cue.last, cue.last + 1].some((i) =>
    DEFENCE_WORDS.has(words[i] ?? ''),
  );
}

/** A place or country right after a target preposition: "au-dessus de la région de Rostov", "sur Kiev". */
export function isTargeted(
  words: readonly string[],
  mention: EntityMention,
  cues: readonly DemonymCue[],
): boolean {
  for (let i = mention.first - 1, steps = 0; i >= 0 && steps < 7; i--, steps++) {
    if (TARGET_PREPOSITIONS.has(words[i]!) || HIT_VERB.test(words[i]!)) return true;
    // "à Kharkiv" puts a place under attack; "à l'Ukraine" gives to a country.
    if (words[i] === 'a' && mention.type === 'Place') return true;
    const demonym = cues.some((c) => i >= c.first && i < c.last);
    if (!TARGET_FILLERS.has(words[i]!) && !demonym) return false;
  }
  return false;
}
