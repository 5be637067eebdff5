import { describe, expect, it } from 'vitest';
import {
  addClaims,
  type ClaimValues,
  deriveFact,
  deriveFromSupport,
  emptySupport,
  supportOf,
} from './derive-facts.ts';

const claim = (articleId: string, over: Partial<ClaimValues> = {}): ClaimValues => ({
  articleId,
  date: '2024-06-13',
  datePrecision: 'day',
  values: {},
  modality: 'asserted',
  confidence: 0.7,
  ...over,
});

const claims: ClaimValues[] = [
  claim('c', { values: { launched: 40, kind: 'trade' }, dispatch: 'AFP', quote: 'q1' }),
  claim('a', { values: { launched: 6 }, dispatch: 'AFP', quote: 'q1', datePrecision: 'month' }),
  claim('a', { values: { launched: 6 }, dispatch: 'AFP', quote: 'q2' }),
  claim('b', { date: '2024-06-14', values: { launched: 40 }, dispatch: 'AFP', quote: 'q2' }),
  claim('d', { modality: 'denied', values: { tags: ['x'] }, confidence: 0.9 }),
  claim('e', { date: null, values: { launched: 12, status: 'signed' }, dispatch: 'Reuters', quote: 'q1' }),
];

const byArticle = (list: readonly ClaimValues[]) => {
  const groups = new Map<string, ClaimValues[]>();
  for (const c of list) groups.set(c.articleId, [...(groups.get(c.articleId) ?? []), c]);
  return [...groups.values()];
};

describe('fact support', () => {
  it('is the same whichever order articles are added in', () => {
    const whole = supportOf(claims);
    for (const order of [byArticle(claims), byArticle(claims).reverse(), byArticle([...claims].reverse())]) {
      const support = emptySupport();
      for (const article of order) addClaims(support, article);
      expect(support).toEqual(whole);
    }
  });

  it('derives what the claims derive, dispatch copies included', () => {
    const support = emptySupport();
    for (const article of byArticle(claims).reverse()) addClaims(support, article);
    const fact = deriveFromSupport(support);
    expect(fact).toEqual(deriveFact(claims));
    // a is first in q1 and q2; b and c copy AFP; e is alone in Reuters' group.
    expect(fact.dispatchCopies).toBe(2);
    expect(fact.sourceCount).toBe(5);
  });

  it('counts an article once per feature however many claims it has', () => {
    const support = supportOf([claim('a'), claim('a', { confidence: 0.9 })]);
    expect(support.counts.article).toBe(1);
    expect(deriveFromSupport(support).confidence).toBe(0.9);
  });
});
