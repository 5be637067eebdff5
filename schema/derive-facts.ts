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

/**
 * What derivation needs of a fact's claims, as counts of distinct articles: per feature (a date, a
 * precision, a value, a modality, a confidence, having a claim at all, quoting a dispatch), and per
 * dispatch group (agency and quote) its first article. Articles add up: the support of a set of claims
 * is the sum of each article's, so a store can keep it per fact and add an article without reading the
 * others (the loader does; a removal builds it again from the claims left).
 */
export interface FactSupport {
  /** Feature → how many articles have it (none: absent). */
  readonly counts: Record<string, number>;
  /** Dispatch group → its smallest article id. */
  readonly firsts: Record<string, string>;
  /** Each article first in some dispatch group → every group it is in, sorted. */
  readonly groupsOf: Record<string, string[]>;
}

const SEP = '\u0000';

export function emptySupport(): FactSupport {
  return { counts: {}, firsts: {}, groupsOf: {} };
}

/** The support of a set of claims (several articles' claims in any order). */
export function supportOf(claims: readonly ClaimValues[]): FactSupport {
  const support = emptySupport();
  addClaims(support, claims);
  return support;
}

/**
 * Adds claims to a support, in place. Each article must be new to it: an article's claims come all at
 * once (to change an article's claims, build the support again from the claims).
 */
export function addClaims(support: FactSupport, claims: readonly ClaimValues[]): void {
  const byArticle = new Map<string, ClaimValues[]>();
  for (const claim of claims) {
    const own = byArticle.get(claim.articleId) ?? [];
    own.push(claim);
    byArticle.set(claim.articleId, own);
  }
  for (const [articleId, own] of byArticle) addArticle(support, articleId, own);
}

function addArticle(support: FactSupport, articleId: string, claims: readonly ClaimValues[]): void {
  const features = new Set<string>(['article']);
  const groups = new Set<string>();
  for (const claim of claims) {
    features.add(`conf${SEP}${JSON.stringify(claim.confidence)}`);
    features.add(`mod${SEP}${claim.modality}`);
    if (claim.dispatch && claim.quote !== undefined) {
      features.add('dispatch');
      groups.add(`${claim.dispatch}${SEP}${claim.quote}`);
    }
    const basis = DEFAULT_MODALITIES.includes(claim.modality) ? 'p' : 'n';
    if (claim.date) {
      features.add(`date${SEP}${basis}${SEP}${claim.date}`);
      features.add(`prec${SEP}${basis}${SEP}${claim.date}${SEP}${claim.datePrecision}`);
    }
    for (const [key, value] of Object.entries(claim.values)) {
      if (value !== null) features.add(`value${SEP}${basis}${SEP}${key}${SEP}${JSON.stringify(value)}`);
    }
  }
  for (const feature of features) support.counts[feature] = (support.counts[feature] ?? 0) + 1;
  const displaced = new Set<string>();
  let first = false;
  for (const group of groups) {
    const held = support.firsts[group];
    if (held !== undefined && held < articleId) continue;
    if (held !== undefined) displaced.add(held);
    support.firsts[group] = articleId;
    first = true;
  }
  if (first) support.groupsOf[articleId] = [...groups].sort();
  for (const id of displaced) {
    if (!support.groupsOf[id]?.some((group) => support.firsts[group] === id)) delete support.groupsOf[id];
  }
}

/** Derives a fact from its claims and the analysts' active corrections. */
export function deriveFact(
  claims: readonly ClaimValues[],
  corrections: readonly CorrectionValues[] = [],
): DerivedFact {
  return deriveFromSupport(supportOf(claims), corrections);
}

/** The one rule: a fact from its claims' support (supportOf) and the active corrections. */
export function deriveFromSupport(
  support: FactSupport,
  corrections: readonly CorrectionValues[] = [],
): DerivedFact {
  const { counts } = support;
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([feature, n]) => ({ parts: feature.split(SEP), n }));
  const of = (kind: string) => entries.filter((e) => e.parts[0] === kind);
  const modalities = new Set(of('mod').map((e) => e.parts[1] as Modality));
  const basis = DEFAULT_MODALITIES.some((m) => modalities.has(m)) ? 'p' : 'n';
  const inBasis = (kind: string) => of(kind).filter((e) => e.parts[1] === basis);
  const date = bestDate(inBasis('date'), inBasis('prec'));
  const dates = inBasis('date')
    .map((e) => e.parts[2]!)
    .sort();
  const { properties, estimates, conflicting } = deriveValues(inBasis('value'));
  if (dates.length > 1) conflicting.unshift('date');
  const fact = {
    date: date?.date ?? null,
    datePrecision: date?.datePrecision ?? 'none',
    dateFrom: dates.length > 1 ? dates[0]! : null,
    dateTo: dates.length > 1 ? dates[dates.length - 1]! : null,
    confidence: Math.max(0, ...of('conf').map((e) => JSON.parse(e.parts[1]!) as number)),
    sourceCount: counts.article ?? 0,
    dispatchCopies: dispatchCopies(support),
    modality: modalityOf(modalities),
    properties,
    estimates,
    conflicting,
  };
  return applyCorrections(fact, corrections);
}

interface Counted {
  readonly parts: string[];
  readonly n: number;
}

/** The date most articles give; ties go to the more precise, then the earlier. */
function bestDate(
  dates: readonly Counted[],
  precisions: readonly Counted[],
): { date: string; datePrecision: DatePrecision } | null {
  const precisionOf = new Map<string, DatePrecision>();
  for (const { parts } of precisions) {
    const [, , day, precision] = parts as [string, string, string, DatePrecision];
    const held = precisionOf.get(day);
    if (!held || PRECISION_RANK[precision] > PRECISION_RANK[held]) precisionOf.set(day, precision);
  }
  const ranked = dates
    .map((e) => ({ date: e.parts[2]!, datePrecision: precisionOf.get(e.parts[2]!)!, articles: e.n }))
    .sort(
      (a, b) =>
        b.articles - a.articles ||
        PRECISION_RANK[b.datePrecision] - PRECISION_RANK[a.datePrecision] ||
        a.date.localeCompare(b.date),
    );
  const best = ranked[0];
  return best ? { date: best.date, datePrecision: best.datePrecision } : null;
}

/**
 * Per agency and quote, every article past the first is a copy of one dispatch: of the articles quoting
 * a dispatch, all but those first in every group they are in.
 */
function dispatchCopies(support: FactSupport): number {
  const firstEverywhere = Object.entries(support.groupsOf).filter(([id, groups]) =>
    groups.every((group) => support.firsts[group] === id),
  ).length;
  return (support.counts.dispatch ?? 0) - firstEverywhere;
}

function modalityOf(modalities: ReadonlySet<Modality>): Modality {
  if (modalities.has('asserted')) return 'asserted';
  if (modalities.has('claimed')) return 'claimed';
  return NEGATIVE_ORDER.find((m) => modalities.has(m)) ?? 'asserted';
}

type Value = Properties[string];

/** One distinct value of a key with the number of articles giving it. */
interface Supported {
  readonly json: string;
  readonly value: Value;
  readonly articles: number;
}

function deriveValues(features: readonly Counted[]): {
  properties: Properties;
  estimates: Record<string, Estimate>;
  conflicting: string[];
} {
  const byKey = new Map<string, Supported[]>();
  for (const { parts, n } of features) {
    const [, , key, json] = parts as [string, string, string, string];
    byKey.set(key, [...(byKey.get(key) ?? []), { json, value: JSON.parse(json) as Value, articles: n }]);
  }
  const properties: Properties = {};
  const estimates: Record<string, Estimate> = {};
  const conflicting: string[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const all = byKey.get(key)!.sort((a, b) => (a.json < b.json ? -1 : a.json > b.json ? 1 : 0));
    const said = all.filter((s) => s.value !== UNSTATED[key]);
    const stated = said.length > 0 ? said : all;
    if (stated.every((s) => Array.isArray(s.value))) {
      properties[key] = [
        ...new Set(stated.flatMap((s) => s.value as (string | number)[])),
      ].sort() as string[];
      continue;
    }
    if (stated.length > 1) conflicting.push(key);
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
  stated: readonly Supported[],
  order: (a: Value, b: Value) => number,
  median: boolean,
): Value {
  const top = Math.max(...stated.map((e) => e.articles));
  const tied = stated
    .filter((e) => e.articles === top)
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
