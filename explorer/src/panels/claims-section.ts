// Each source's statement of a fact: who says it, how (modality), the date it gives, its values and
// the quote highlighted in its context. Every string goes in as text.

import type { Claim, JsonObject } from '../api/types.ts';
import { h } from '../dom.ts';
import { splitSpan } from './highlight.ts';
import { articleMeta, section } from './panel-parts.ts';

const MODALITY_LABELS: Record<Claim['modality'], string> = {
  ASSERTED: 'asserted',
  CLAIMED: 'claimed',
  DENIED: 'denied',
  HYPOTHETICAL: 'hypothetical',
  PLANNED: 'planned',
};

/** Who states the claim: the person or body the article quotes, else the article's publisher. */
export function claimant(claim: Claim): string {
  return claim.saidBy ?? claim.article.publisher ?? claim.article.title ?? claim.article.articleId;
}

/** The values a claim gives that say something (nulls and names left out). */
export function statedValues(values: JsonObject): [string, string][] {
  return Object.entries(values)
    .filter(([key, value]) => value !== null && value !== '' && key !== 'name')
    .map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
}

export function quoteBlock(
  text: string | null | undefined,
  quote: string,
  start: number,
  end: number,
): HTMLElement {
  const parts = splitSpan(text, quote, start, end);
  return h(
    'blockquote',
    { class: 'quote' },
    parts.cutBefore ? '…' : null,
    h('span', { class: 'context' }, parts.before),
    h('mark', {}, parts.span),
    h('span', { class: 'context' }, parts.after),
    parts.cutAfter ? '…' : null,
  );
}

function claimItem(claim: Claim): HTMLElement {
  const values = statedValues(claim.values);
  return h(
    'li',
    { class: 'source claim', 'data-modality': claim.modality },
    h(
      'p',
      { class: 'claim-head' },
      h('strong', { class: 'claimant' }, claimant(claim)),
      h('span', { class: `modality ${claim.modality.toLowerCase()}` }, MODALITY_LABELS[claim.modality]),
      h('span', { class: 'when' }, claim.date ?? 'undated'),
    ),
    values.length > 0
      ? h('p', { class: 'claim-values' }, values.map(([key, value]) => `${key}: ${value}`).join(' · '))
      : null,
    quoteBlock(claim.article.text, claim.quote, claim.start, claim.end),
    articleMeta(claim.article),
  );
}

export function claimsSection(claims: Claim[]): HTMLElement {
  return section(
    `Claims (${claims.length})`,
    h('ol', { class: 'source-list claim-list' }, ...claims.map(claimItem)),
  );
}
