import { describe, expect, it } from 'vitest';
import { type ClaimValues, deriveFact, factExtras } from './derive-facts.ts';

const claim = (articleId: string, over: Partial<ClaimValues> = {}): ClaimValues => ({
  articleId,
  date: '2024-06-13',
  datePrecision: 'day',
  values: {},
  modality: 'asserted',
  confidence: 0.7,
  ...over,
});

describe('deriveFact', () => {
  it('gives counts as low, best and high, and flags the disagreement', () => {
    const fact = deriveFact([
      claim('ministry', { values: { launched: 40 } }),
      claim('governor', { values: { launched: 6 } }),
      claim('wire', { values: { launched: 40 } }),
    ]);
    expect(fact.estimates.launched).toEqual({ low: 6, best: 40, high: 40 });
    expect(fact.properties.launched).toBe(40);
    expect(fact.conflicting).toEqual(['launched']);
    expect(fact.sourceCount).toBe(3);
  });

  it('is the same whatever order the claims come in', () => {
    const claims = [
      claim('a', { date: '2024-06-12', values: { launched: 10, status: 'negotiating' } }),
      claim('b', { date: '2024-06-13', values: { launched: 12, status: 'signed' } }),
      claim('c', { date: '2024-06', datePrecision: 'month', values: { launched: 11 } }),
    ];
    expect(deriveFact([...claims].reverse())).toEqual(deriveFact(claims));
    expect(deriveFact([claims[1]!, claims[2]!, claims[0]!])).toEqual(deriveFact(claims));
  });

  it('takes the date most articles give, then the more precise, then the earlier, and reports the range', () => {
    const fact = deriveFact([
      claim('a', { date: '2024-04-22', datePrecision: 'published' }),
      claim('b', { date: '2024-06-13' }),
      claim('c', { date: '2024-06-13' }),
    ]);
    expect([fact.date, fact.dateFrom, fact.dateTo]).toEqual(['2024-06-13', '2024-04-22', '2024-06-13']);
    const tie = deriveFact([claim('a', { date: '2024-06-14' }), claim('b', { date: '2024-06-13' })]);
    expect(tie.date).toBe('2024-06-13');
  });

  it('keeps the furthest stage of an agreement a source states', () => {
    const fact = deriveFact([
      claim('a', { values: { status: 'negotiating' } }),
      claim('b', { values: { status: 'signed' } }),
      claim('c', { values: { status: 'negotiating' } }),
    ]);
    expect(fact.properties.status).toBe('signed');
  });

  it('derives from asserted claims only when there are some, and says when a fact is only denied', () => {
    const mixed = deriveFact([
      claim('a', { values: { launched: 5 } }),
      claim('b', { modality: 'denied', values: { launched: 50 } }),
    ]);
    expect([mixed.modality, mixed.properties.launched, mixed.sourceCount]).toEqual(['asserted', 5, 2]);
    const denied = deriveFact([claim('b', { modality: 'denied' }), claim('c', { modality: 'hypothetical' })]);
    expect(denied.modality).toBe('denied');
  });

  it('ranks an analyst above the sources: set values win, a rejection marks the fact, the latest wins', () => {
    const claims = [claim('a', { values: { launched: 40 } }), claim('b', { values: { launched: 6 } })];
    const fact = deriveFact(claims, [
      { action: 'reject', values: {}, createdAt: '2024-07-01T10:00:00Z' },
      { action: 'set', values: { launched: 7, date: '2024-06-12' }, createdAt: '2024-07-01T09:00:00Z' },
      { action: 'confirm', values: {}, createdAt: '2024-07-01T11:00:00Z' },
    ]);
    expect([fact.properties.launched, fact.date, fact.review]).toEqual([7, '2024-06-12', 'confirmed']);
    expect(fact.conflicting).toEqual([]);
    expect(fact.corrected).toEqual(['date', 'launched']);
  });

  it('writes only informative extras', () => {
    const single = deriveFact([claim('a', { values: { launched: 4 } })]);
    expect(factExtras(single)).toEqual({ modality: 'asserted' });
  });
});

describe('dispatch copies', () => {
  it('counts the articles that reprint one agency dispatch, not those that report on their own', () => {
    const quote = 'Russia launched 40 drones overnight, the air force said.';
    const fact = deriveFact([
      claim('a', { quote, dispatch: 'AFP' }),
      claim('b', { quote, dispatch: 'AFP' }),
      claim('c', { quote, dispatch: 'AFP' }),
      claim('d', { quote: 'Forty drones hit the region, the governor said.' }),
      claim('e', { quote, dispatch: 'Reuters' }),
    ]);
    expect([fact.sourceCount, fact.dispatchCopies]).toEqual([5, 2]);
  });
});
