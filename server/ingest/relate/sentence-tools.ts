import type { Trigger } from '../lexicon/agreements.ts';
import type { Sentence } from '../text/segment.ts';
import { activeRole } from './active-role.ts';
import type { ArticleContext } from './article-context.ts';

export interface TriggerHit {
  readonly trigger: Trigger;
  /** Token indexes [first, last) in the sentence. */
  readonly first: number;
  readonly last: number;
}

const byFirstWord = new WeakMap<readonly Trigger[], Map<string, Trigger[]>>();

/** Trigger phrases in a sentence, longest first at each position, not overlapping. */
export function findTriggers(sentence: Sentence, triggers: readonly Trigger[]): TriggerHit[] {
  let index = byFirstWord.get(triggers);
  if (!index) {
    index = new Map();
    for (const tr of triggers) index.set(tr.words[0]!, [...(index.get(tr.words[0]!) ?? []), tr]);
    for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(triggers, index);
  }
  const hits: TriggerHit[] = [];
  const words = sentence.tokens.map((t) => t.fold);
  for (let i = 0; i < words.length; i++) {
    const trigger = index.get(words[i]!)?.find((tr) => tr.words.every((w, k) => words[i + k] === w));
    if (!trigger) continue;
    hits.push({ trigger, first: i, last: i + trigger.words.length });
    i += trigger.words.length - 1;
  }
  return hits;
}

/** The country an official speaks for: the title the article gives, else the gazetteer role. */
export function officialCountry(ctx: ArticleContext, officialId: string): string | null {
  const of = ctx.discovered.get(officialId)?.title.of;
  const known = ctx.knowledge.entities.get(officialId);
  const owner = of ?? (known ? activeRole(known, ctx.published)?.of : undefined);
  if (!owner) return null;
  if (owner.startsWith('country:')) return owner;
  const org = ctx.knowledge.entities.get(owner);
  return org?.country ? `country:${org.country}` : null;
}

/** Words that introduce the speaker of a quote: "a déclaré Taran", "said Austin". */
export const SPEECH =
  /^(declare|declaree|annonce|annoncee|ajoute|affirme|indique|precise|explique|souligne|estime|said|says|added|announced|told|stated|selon|according|repete|assure)$/;

/** Token distance between a mention and a token index. */
export function tokenDistance(mention: { first: number; last: number }, index: number): number {
  if (index < mention.first) return mention.first - index;
  if (index >= mention.last) return index - mention.last + 1;
  return 0;
}

/** Who acts for a mention: a national body (ministry, parliament, army) acts for its country; media never act. */
export function actorId(ctx: ArticleContext, entityId: string): string | null {
  const known = ctx.knowledge.entities.get(entityId);
  if (known?.type !== 'Organization') return entityId;
  if (known.kind === 'media' || known.kind === 'company') return null;
  return known.actsFor ?? entityId;
}
