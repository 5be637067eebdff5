import { ATTACK_TRIGGERS, INTERCEPT_VERB, TARGET_PREPOSITIONS, WEAPON_ONLY } from '../lexicon/attacks.ts';
import { SAME_AGAIN } from '../lexicon/numbers.ts';
import type { EntityMention } from '../recognise/spans.ts';
import { parseNumber } from '../text/parse-number.ts';
import type { Sentence } from '../text/segment.ts';
import type { ArticleContext } from './article-context.ts';
import { actorId, type TriggerHit } from './sentence-tools.ts';

/** The side that shoots down: an actor right before an interception verb ("l'armée ukrainienne a abattu"). */
export function interceptor(
  ctx: ArticleContext,
  words: readonly string[],
  mentions: readonly EntityMention[],
): string | null {
  const at = words.findIndex((w) => INTERCEPT_VERB.test(w));
  if (at < 0) return null;
  const subject = [...mentions]
    .reverse()
    .find((m) => m.last <= at && at - m.last <= 8 && m.type !== 'Place' && m.type !== 'Official');
  return subject ? actorId(ctx, subject.entityId) : null;
}

export function lastNumber(
  sentence: Sentence,
  from: number,
  to: number,
  text: string,
  previous: number | null,
  dates: readonly { start: number; end: number }[] = [],
): number | null {
  let found: number | null = null;
  let weaponsEnd = -1;
  // "on Oct. 7": a day of the month counts nothing.
  const inDate = (i: number) => {
    const at = sentence.tokens[i]!.start - sentence.start;
    return dates.some((d) => at >= d.start && at < d.end);
  };
  for (let i = from; i < to; i++) {
    if (inDate(i)) continue;
    const pair = `${sentence.tokens[i]!.fold} ${sentence.tokens[i + 1]?.fold ?? ''}`;
    if (SAME_AGAIN.has(sentence.tokens[i]!.fold) || SAME_AGAIN.has(pair)) found = previous;
    const n = parseNumber(sentence.tokens, i, text);
    // "une frappe" is an article; "un au-dessus de la Crimée" is a count.
    const article = n?.value === 1 && !TARGET_PREPOSITIONS.has(sentence.tokens[n.end]?.fold ?? '');
    if (n && n.end <= to && !article) {
      const weapons = weaponsAfter(sentence, n.end);
      // "45 drones et trois missiles contre l'Ukraine": the target takes both counts.
      const joined = weapons > n.end && weaponsEnd >= 0 && isConjunction(sentence, weaponsEnd, i);
      found = joined && found !== null ? found + n.value : n.value;
      weaponsEnd = weapons > n.end ? weapons : -1;
      i = n.end - 1;
    }
  }
  return found;
}

/** The number right before a weapon word: "87 drones", "trente missiles". */
export function countBefore(sentence: Sentence, hits: readonly TriggerHit[], text: string): number | null {
  for (const hit of hits) {
    for (let i = Math.max(0, hit.first - 3); i < hit.first; i++) {
      const n = parseNumber(sentence.tokens, i, text);
      const gap = n ? sentence.tokens.slice(n.end, hit.first).map((t) => t.fold) : [];
      if (n && n.value > 1 && gap.every((w) => w === 'de' || w === 'd' || w === 'of')) return n.value;
    }
  }
  return null;
}

const WEAPON_WORDS = new Set(
  ATTACK_TRIGGERS.filter((t) => t.words.length === 1 && WEAPON_ONLY.has(t.kind ?? '')).map(
    (t) => t.words[0]!,
  ),
);

/** The end of the weapon words right after a count ("drones Shahed"), or `at` when there are none. */
function weaponsAfter(sentence: Sentence, at: number): number {
  let i = at;
  while (i < sentence.tokens.length && WEAPON_WORDS.has(sentence.tokens[i]!.fold)) i++;
  return i;
}

function isConjunction(sentence: Sentence, from: number, to: number): boolean {
  const gap = sentence.tokens.slice(from, to).map((t) => t.fold);
  return gap.length === 1 && ['et', 'and', 'plus'].includes(gap[0]!);
}

/** "57 of the 74 drones", "38 des 45 drones", "30 sur les 40 missiles": the part downed and the whole. */
export function shareOf(
  sentence: Sentence,
  hits: readonly TriggerHit[],
  text: string,
): { part: number; whole: number } | null {
  for (let i = 0; i < sentence.tokens.length; i++) {
    const part = parseNumber(sentence.tokens, i, text);
    if (!part) continue;
    let k = part.end;
    while (SHARE_GLUE.has(sentence.tokens[k]?.fold ?? '')) k++;
    const whole = k > part.end ? parseNumber(sentence.tokens, k, text) : null;
    if (
      whole &&
      whole.value > part.value &&
      hits.some((h) => h.first >= whole.end && h.first <= whole.end + 1)
    )
      return { part: part.value, whole: whole.value };
    i = part.end - 1;
  }
  return null;
}

const SHARE_GLUE = new Set(['of', 'the', 'des', 'sur', 'les']);

/** The count of the weapon nearest a verb: "150 drones launched…, adding that 120 drones were downed". */
export function countNear(
  sentence: Sentence,
  hits: readonly TriggerHit[],
  verb: (word: string) => boolean,
  text: string,
): number | null {
  const at = sentence.tokens.findIndex((t) => verb(t.fold));
  if (at < 0) return null;
  const nearest = [...hits].sort((a, b) => Math.abs(a.first - at) - Math.abs(b.first - at));
  for (const hit of nearest) {
    const n = countBefore(sentence, [hit], text);
    if (n !== null) return n;
  }
  return null;
}
