import {
  ATTRIBUTION_VERB,
  DEFENCE_WORDS,
  HIT_VERB,
  LAUNCH_VERB,
  TARGET_FILLERS,
  TARGET_PREPOSITIONS,
} from '../lexicon/attacks.ts';
import type { DemonymCue, EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import type { TriggerHit } from './sentence-tools.ts';

/** "régions russes", "Russian territory": the demonym says where, not who. */
const PLACE_NOUNS = new Set(
  'region regions ville villes territoire territoires sol city cities territory territories soil town towns village villages'.split(
    ' ',
  ),
);

/** "Kiev a revendiqué l'attaque", "Hamas claimed the strike": the attacker says so itself. */
const CLAIM_VERB = /^(revendique|revendiquent|revendiquee|claimed|claims|claim)$/;

type Attacker = { id: string; attribution: string };

/** Who attacks, from the sentence: "drone ukrainien", "attribuées à Kiev", "bombardements de la Russie". */
export function findAttacker(
  sentence: Sentence,
  hits: readonly TriggerHit[],
  mentions: readonly EntityMention[],
  cues: readonly DemonymCue[],
  actor: (entityId: string) => string | null,
): Attacker | null {
  const words = sentence.tokens.map((t) => t.fold);
  const near = (i: number, span: number) =>
    hits.some((h) => Math.abs(h.first - i) <= span || Math.abs(h.last - 1 - i) <= span);
  for (const cue of cues) {
    if (
      isDefender(words, cue) ||
      PLACE_NOUNS.has(words[cue.first - 1] ?? '') ||
      PLACE_NOUNS.has(words[cue.last] ?? '')
    )
      continue;
    const launches = words.slice(cue.last, cue.last + 3).some((w) => LAUNCH_VERB.test(w) || HIT_VERB.test(w));
    if (near(cue.first, 3) || launches) return { id: `country:${cue.iso2}`, attribution: 'reported' };
  }
  const claimed = claimant(words, mentions, actor);
  if (claimed) return claimed;
  for (const m of mentions) {
    const id = m.type === 'Country' || m.type === 'Organization' ? actor(m.entityId) : null;
    if (!id) continue;
    const before = words.slice(Math.max(0, m.first - 6), m.first);
    const verb = [...before].reverse().find((w) => ATTRIBUTION_VERB.test(w));
    // "revendiquée par le Hezbollah", "claimed by Hamas": the attacker says so itself.
    if (verb)
      return { id, attribution: CLAIM_VERB.test(verb) || /^revendiqu/.test(verb) ? 'claimed' : 'attributed' };
    const prep = previousWord(words, m.first);
    // "au-dessus de la Russie", "près de Koursk": a place preposition, not the one who fires.
    const where = TARGET_PREPOSITIONS.has(words[prep.at - 1] ?? '');
    if (
      (prep.word === 'de' || prep.word === 'du' || prep.word === 'by' || prep.word === 'par') &&
      !where &&
      near(prep.at, 3)
    )
      return { id, attribution: 'reported' };
    if (words.slice(m.last, m.last + 3).some((w) => LAUNCH_VERB.test(w) || HIT_VERB.test(w)))
      return { id, attribution: 'reported' };
  }
  return null;
}

/** "Yemen's Houthi rebels claimed": the actor nearest before the claim verb claims, not its country. */
function claimant(
  words: readonly string[],
  mentions: readonly EntityMention[],
  actor: (entityId: string) => string | null,
): Attacker | null {
  const verb = words.findIndex((w) => CLAIM_VERB.test(w));
  if (verb < 0) return null;
  const m = [...mentions]
    .reverse()
    .find((x) => x.last <= verb && verb - x.last < 4 && (x.type === 'Country' || x.type === 'Organization'));
  const id = m ? actor(m.entityId) : null;
  return id ? { id, attribution: 'claimed' } : null;
}

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

function previousWord(words: readonly string[], first: number): { word: string; at: number } {
  let i = first - 1;
  while (i >= 0 && ['la', 'le', 'l', 'les', 'the'].includes(words[i]!)) i--;
  return { word: words[i] ?? '', at: i };
}
