// Facts derive from claims, written once: extraction merging a run's articles, the loader after every
// write and removal, and the API answering `knownAt` all call these. The result depends on the set of
// claims alone (never on their order), so the stored graph is a function of its articles.

import { UNSTATED_KIND } from './event-identity.ts';
import type { ClaimRecord, Properties, SourceRecord } from './exchange.ts';
import { AGREEMENT_STATUSES, type DatePrecision, DEFAULT_MODALITIES, type Modality } from './graph-model.ts';

/** What derivation reads of a claim (stored, exchanged or just extracted). */
export interface ClaimValues {
  readonly articleId: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision;
  readonly values: Properties;
  readonly modality: Modality;
  readonly confidence: number;
  /** With `dispatch`: the same quote from one agency's dispatch in two articles is one source copied. */
  readonly quote?: string;
  readonly dispatch?: string | null;
}

/** What derivation reads of an analyst's correction (undone ones are left out by the caller). */
export interface CorrectionValues {
  readonly action: 'confirm' | 'reject' | 'set' | 'merge';
  readonly values: Properties;
  readonly createdAt: string;
}

export interface Estimate {
  readonly low: number;
  readonly best: number;
  readonly high: number;
}

export interface DerivedFact {
  readonly date: string | null;
  readonly datePrecision: DatePrecision;
  /** The earliest and latest dates the claims give, when they differ. */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly confidence: number;
  /** Distinct articles among the claims. */
  readonly sourceCount: number;
  /** How many of those articles reprint another's agency dispatch (the same quote, the same agency). */
  readonly dispatchCopies: number;
  readonly modality: Modality;
  /** Each value as best supported; numbers as the best estimate. */
  readonly properties: Properties;
  /** Numeric values with their low / best / high over the claims. */
  readonly estimates: Readonly<Record<string, Estimate>>;
  /** Keys (`date` included) on which the claims disagree. */
  readonly conflicting: readonly string[];
  readonly review: 'confirmed' | 'rejected' | null;
  /** Keys an analyst set. */
  readonly corrected: readonly string[];
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, month: 3, year: 2, published: 1, none: 0 };

/** A later stage of an agreement outranks an earlier one: "announced, signed, then in force". */
const VALUE_RANKS: Record<string, readonly string[]> = { status: AGREEMENT_STATUSES };

/** Values that say nothing ("un accord" has no kind): any stated value outranks them. */
const UNSTATED: Record<string, string> = { kind: UNSTATED_KIND };

/** The negative modalities, strongest first: a fact only denied is denied. */
const NEGATIVE_ORDER: readonly Modality[] = ['denied', 'hypothetical', 'planned'];

export function deriveFact(
  claims: readonly ClaimValues[],
  corrections: readonly CorrectionValues[] = [],
): DerivedFact {
  const positive = claims.filter((c) => DEFAULT_MODALITIES.includes(c.modality));
  const basis = positive.length > 0 ? positive : claims;
  const date = bestDate(basis);
  const dates = [...new Set(basis.flatMap((c) => (c.date ? [c.date] : [])))].sort();
  const { properties, estimates, conflicting } = deriveValues(basis);
  if (dates.length > 1) conflicting.unshift('date');
  const fact = {
    date: date?.date ?? null,
    datePrecision: date?.datePrecision ?? 'none',
    dateFrom: dates.length > 1 ? dates[0]! : null,
    dateTo: dates.length > 1 ? dates[dates.length - 1]! : null,
    confidence: Math.max(0, ...claims.map((c) => c.confidence)),
    sourceCount: new Set(claims.map((c) => c.articleId)).size,
    dispatchCopies: dispatchCopies(claims),
    modality: modalityOf(claims),
    properties,
    estimates,
    conflicting,
  };
  return applyCorrections(fact, corrections);
}

/** The date most articles give; ties go to the more precise, then the earlier. */
function bestDate(claims: readonly ClaimValues[]): { date: string; datePrecision: DatePrecision } | null {
  const support = new Map<string, { date: string; datePrecision: DatePrecision; articles: Set<string> }>();
  for (const claim of claims) {
    if (!claim.date) continue;
    const entry = support.get(claim.date) ?? {
      date: claim.date,
      datePrecision: claim.datePrecision,
      articles: new Set<string>(),
    };
    if (PRECISION_RANK[claim.datePrecision] > PRECISION_RANK[entry.datePrecision]) {
      entry.datePrecision = claim.datePrecision;
    }
    entry.articles.add(claim.articleId);
    support.set(claim.date, entry);
  }
  const ranked = [...support.values()].sort(
    (a, b) =>
      b.articles.size - a.articles.size ||
      PRECISION_RANK[b.datePrecision] - PRECISION_RANK[a.datePrecision] ||
      a.date.localeCompare(b.date),
  );
  const best = ranked[0];
  return best ? { date: best.date, datePrecision: best.datePrecision } : null;
}

/** Per agency and quote, every article past the first is a copy of one dispatch. */
function dispatchCopies(claims: readonly ClaimValues[]): number {
  const articles = new Map<string, Set<string>>();
  for (const claim of claims) {
    if (!claim.dispatch || claim.quote === undefined) continue;
    const key = `${claim.dispatch}\u0000${claim.quote}`;
    articles.set(key, (articles.get(key) ?? new Set()).add(claim.articleId));
  }
  const copied = new Set<string>();
  for (const group of articles.values()) {
    for (const id of [...group].sort().slice(1)) copied.add(id);
  }
  return copied.size;
}

function modalityOf(claims: readonly ClaimValues[]): Modality {
  if (claims.some((c) => c.modality === 'asserted')) return 'asserted';
  if (claims.some((c) => c.modality === 'claimed')) return 'claimed';
  return NEGATIVE_ORDER.find((m) => claims.some((c) => c.modality === m)) ?? 'asserted';
}

type Value = Properties[string];

function deriveValues(claims: readonly ClaimValues[]): {
  properties: Properties;
  estimates: Record<string, Estimate>;
  conflicting: string[];
} {
  const byKey = new Map<string, { value: Value; articleId: string }[]>();
  for (const claim of claims) {
    for (const [key, value] of Object.entries(claim.values)) {
      if (value === null) continue;
      const list = byKey.get(key) ?? [];
      list.push({ value, articleId: claim.articleId });
      byKey.set(key, list);
    }
  }
  const properties: Properties = {};
  const estimates: Record<string, Estimate> = {};
  const conflicting: string[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const all = byKey.get(key)!;
    const said = all.filter((s) => s.value !== UNSTATED[key]);
    const stated = said.length > 0 ? said : all;
    const distinct = new Map(stated.map((s) => [JSON.stringify(s.value), s.value]));
    if (stated.every((s) => Array.isArray(s.value))) {
      properties[key] = [
        ...new Set(stated.flatMap((s) => s.value as (string | number)[])),
      ].sort() as string[];
      continue;
    }
    if (distinct.size > 1) conflicting.push(key);
    const numbers = stated.flatMap((s) => (typeof s.value === 'number' ? [s.value] : []));
    if (numbers.length === stated.length) {
      const best = mostSupported(stated, (a, b) => (a as number) - (b as number), true) as number;
      estimates[key] = { low: Math.min(...numbers), best, high: Math.max(...numbers) };
      properties[key] = best;
      continue;
    }
    const rank = VALUE_RANKS[key];
    properties[key] = rank
      ? stated.map((s) => s.value).sort((a, b) => rank.indexOf(String(b)) - rank.indexOf(String(a)))[0]!
      : mostSupported(stated, (a, b) => String(a).localeCompare(String(b)), false);
  }
  return { properties, estimates, conflicting };
}

/**
 * The value most articles give. Ties: for numbers the lower median of the tied values (a best estimate
 * between the extremes), otherwise the first in `order`.
 */
function mostSupported(
  stated: readonly { value: Value; articleId: string }[],
  order: (a: Value, b: Value) => number,
  median: boolean,
): Value {
  const support = new Map<string, { value: Value; articles: Set<string> }>();
  for (const s of stated) {
    const key = JSON.stringify(s.value);
    const entry = support.get(key) ?? { value: s.value, articles: new Set<string>() };
    entry.articles.add(s.articleId);
    support.set(key, entry);
  }
  const top = Math.max(...[...support.values()].map((e) => e.articles.size));
  const tied = [...support.values()]
    .filter((e) => e.articles.size === top)
    .map((e) => e.value)
    .sort(order);
  return median ? tied[Math.floor((tied.length - 1) / 2)]! : tied[0]!;
}

/** The latest active correction of each kind wins; `set` values replace what the claims gave. */
function applyCorrections(
  fact: Omit<DerivedFact, 'review' | 'corrected'>,
  corrections: readonly CorrectionValues[],
): DerivedFact {
  const sorted = [...corrections].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let review: DerivedFact['review'] = null;
  const set: Properties = {};
  for (const correction of sorted) {
    if (correction.action === 'confirm') review = 'confirmed';
    if (correction.action === 'reject') review = 'rejected';
    if (correction.action === 'set') Object.assign(set, correction.values);
  }
  const { date, datePrecision, ...values } = set;
  const properties = { ...fact.properties, ...values };
  const corrected = Object.keys(set).sort();
  const estimates = Object.fromEntries(Object.entries(fact.estimates).filter(([key]) => !(key in values)));
  return {
    ...fact,
    ...(typeof date === 'string' || date === null
      ? { date, datePrecision: typeof datePrecision === 'string' ? (datePrecision as DatePrecision) : 'day' }
      : {}),
    properties,
    estimates,
    conflicting: fact.conflicting.filter((key) => !(key in set)),
    review,
    corrected,
  };
}

/**
 * What a fact carries besides its date and values, as flat properties (the store and the exchange
 * document both hold these): modality, the date range, the low and high of disputed counts, which keys
 * conflict, an analyst's review and corrected keys.
 */
export function factExtras(fact: DerivedFact): Properties {
  const extras: Properties = { modality: fact.modality };
  if (fact.dateFrom && fact.dateTo) {
    extras.dateFrom = fact.dateFrom;
    extras.dateTo = fact.dateTo;
  }
  for (const [key, estimate] of Object.entries(fact.estimates)) {
    if (estimate.low === estimate.high) continue;
    extras[`${key}Low`] = estimate.low;
    extras[`${key}High`] = estimate.high;
  }
  if (fact.conflicting.length > 0) extras.conflicting = [...fact.conflicting];
  if (fact.dispatchCopies > 0) extras.dispatchCopies = fact.dispatchCopies;
  if (fact.review) extras.review = fact.review;
  if (fact.corrected.length > 0) extras.corrected = [...fact.corrected];
  return extras;
}

/** The keys factExtras may write, so that readers can tell them from a fact's own values. */
export const FACT_EXTRA_KEYS: ReadonlySet<string> = new Set([
  'modality',
  'dateFrom',
  'dateTo',
  'conflicting',
  'dispatchCopies',
  'review',
  'corrected',
]);

/** One source per quoted span, by article then position. */
export function sourcesOf(claims: readonly ClaimRecord[]): SourceRecord[] {
  const byKey = new Map(
    claims.map((c) => [
      `${c.articleId}|${c.start}|${c.end}`,
      { articleId: c.articleId, quote: c.quote, start: c.start, end: c.end },
    ]),
  );
  return [...byKey.values()].sort(
    (a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start || a.end - b.end,
  );
}
