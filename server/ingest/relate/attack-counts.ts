import { INTERCEPT_VERB, TARGET_PREPOSITIONS } from '../lexicon/attacks.ts';
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
    .find((m) => m.last <= at && at - m.last <= 5 && m.type !== 'Place' && m.type !== 'Official');
  return subject ? actorId(ctx, subject.entityId) : null;
}

export function lastNumber(
  sentence: Sentence,
  from: number,
  to: number,
  text: string,
  previous: number | null,
): number | null {
  let found: number | null = null;
  for (let i = from; i < to; i++) {
    const pair = `${sentence.tokens[i]!.fold} ${sentence.tokens[i + 1]?.fold ?? ''}`;
    if (SAME_AGAIN.has(sentence.tokens[i]!.fold) || SAME_AGAIN.has(pair)) found = previous;
    const n = parseNumber(sentence.tokens, i, text);
    // "une frappe" is an article; "un au-dessus de la Crimée" is a count.
    const article = n?.value === 1 && !TARGET_PREPOSITIONS.has(sentence.tokens[n.end]?.fold ?? '');
    if (n && n.end <= to && !article) {
      found = n.value;
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
