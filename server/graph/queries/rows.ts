import {
  type DatePrecision,
  type EntityType,
  isEntityType,
  type Modality,
  type RelationType,
} from '../../../schema/graph-model.ts';
import { ENTITY_RESERVED_KEYS, RELATION_RESERVED_KEYS, SUPPORT_KEY } from '../stored-keys.ts';

// Plain rows the API binds its types to. Cypher returns nodes/relationships through the projections
// below; these converters split reserved keys from the free-form flattened properties.

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
  /** Set when read as known by this day: its relations, claims and mentions are those published by then. */
  knownAt?: string | null;
}

export interface SourceRow {
  articleId: string;
  quote: string;
  start: number;
  end: number;
  /**
   * The article's metadata when it was read along with the source: only the fields the request selects
   * (the others null), so it never primes the article loader unless complete.
   */
  article?: ArticleRow;
}

export interface EdgeRow {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  datePrecision: DatePrecision;
  confidence: number;
  sourceCount: number;
  modality: Modality;
  /** The earliest and latest dates its sources give, when they disagree. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Values (date included) its sources disagree on. */
  conflicting: string[];
  /** An analyst's verdict. */
  review: 'confirmed' | 'rejected' | null;
  /** Articles among sourceCount that reprint another's agency dispatch. */
  dispatchCopies: number;
  properties: Record<string, unknown>;
  /** Undefined when read without them (neighbourhoods, paths, timelines): loaded on demand by id. */
  sources?: SourceRow[];
  /** True when `sources` holds only the first of the stored sources (more are loaded on demand). */
  sourcesCut?: boolean;
  /** Set when read as known by this day (as-known-at.ts): its claims and sources are those published by then. */
  knownAt?: string | null;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  /** Undefined when the row was read without its text (lists, sources); loaded on demand. */
  text?: string | null;
}

export type RawNode = { labels: string[]; props: Record<string, unknown> };
export type RawEdge = {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
  /** Absent when read lean (without sources); one more than asked for when more are stored. */
  sources?: Record<string, unknown>[];
};

// Cypher map projections; the variable names are code constants, never input.

/** The article keys read beside its text, which is large and read on demand. */
export const ARTICLE_METADATA_KEYS = ['id', 'title', 'url', 'publisher', 'publishedAt', 'language'] as const;
export type ArticleMetadataKey = (typeof ARTICLE_METADATA_KEYS)[number];
const ARTICLE_KEY_SET: ReadonlySet<string> = new Set(ARTICLE_METADATA_KEYS);

/** Article metadata without the (large) text; with `keys`, only those of it (the id always). */
export const articleProjection = (v: string, keys: readonly string[] = ARTICLE_METADATA_KEYS) =>
  `${v} {${['id', ...metadataKeys(keys)].map((key) => `.${key}`).join(', ')}}`;

/** Only names from the list reach a statement, whatever the caller passes; the id apart. */
const metadataKeys = (keys: readonly string[]) =>
  keys.filter((key) => key !== 'id' && ARTICLE_KEY_SET.has(key));
/**
 * Every stored property but a fact's support, which the loader keeps for itself and can be larger than
 * the rest: overridden by null, it never leaves the database.
 */
const allProperties = (v: string) => `${v} {.*, ${SUPPORT_KEY}: null}`;

/** Without `withProperties`, only what EntityRow reads besides its free-form `properties` (left empty). */
export const nodeProjection = (v: string, withProperties = true) =>
  `{labels: labels(${v}), props: ${nodeProps(v, withProperties)}}`;

/** A node's stored properties as EntityRow reads them (see nodeProjection). */
export const nodeProps = (v: string, withProperties = true) =>
  withProperties ? allProperties(v) : `${v} {.id, .name, .aliases}`;

/**
 * The stored keys with a meaning of their own (stored-keys.ts), which is what toEdgeRow reads besides
 * the free-form properties: a lean read follows the reserved set as it grows.
 */
const EDGE_ROW_KEYS = [...RELATION_RESERVED_KEYS].map((key) => `.${key}`).join(', ');

/** At most this many sources per edge leave the database; `sourceCount` keeps the full number. */
export const MAX_SOURCES = 100;

/** What a read takes of each source: its offsets, and its article's metadata (`articleKeys`) if any. */
export interface SourceRead {
  readonly offsets: boolean;
  /** Read along in the same statement, one index seek per source; absent, the article is not read. */
  readonly articleKeys?: readonly string[];
}

const ORDER_OF_SOURCES = 'c.articleId, c.start, c.end';

/**
 * A fact's sources: its claims' quoted spans, by article then position (the claim index finds them);
 * with `knownAt` (a Cypher expression, null for all), only the claims published by that day.
 */
export const sourcesSubquery = (
  about: string,
  max: number,
  knownAt?: string,
  read: SourceRead = { offsets: true },
) => {
  const claims = `MATCH (c:Claim {about: ${about}})${knownAt ? ` WHERE ${knownAt} IS NULL OR c.knownAt <= ${knownAt}` : ''}`;
  const keys = read.offsets ? '.articleId, .quote, .start, .end' : '.articleId, .quote';
  if (!read.articleKeys)
    return `COLLECT { ${claims} RETURN c {${keys}} ORDER BY ${ORDER_OF_SOURCES} LIMIT ${max} }`;
  // The articles of the first `max` claims only, then those claims in order again. The article's id is
  // the claim's articleId, not sent twice (but asked for when nothing else is, to say it exists).
  const metadata = metadataKeys(read.articleKeys);
  const article = `a {${(metadata.length ? metadata : ['id']).map((key) => `.${key}`).join(', ')}}`;
  return `COLLECT { ${claims} WITH c ORDER BY ${ORDER_OF_SOURCES} LIMIT ${max}
    OPTIONAL MATCH (a:Article {id: c.articleId})
    RETURN c {${keys}, article: ${article}} ORDER BY ${ORDER_OF_SOURCES} }`;
};

/**
 * Pass the endpoint ids when the pattern binds them: reading startNode()/endNode() of a relationship
 * taken back out of a list costs far more than the bound variables. One source more than `maxSources`
 * is read, so toEdgeRow (given the same `maxSources`) knows whether more are stored without a second
 * index seek per edge to count them.
 */
export const edgeProjection = (
  v: string,
  source = `startNode(${v}).id`,
  target = `endNode(${v}).id`,
  maxSources = MAX_SOURCES,
  withProperties = true,
  keys?: readonly string[],
) =>
  `{type: type(${v}), source: ${source}, target: ${target}, props: ${edgeProps(v, withProperties, keys)},
    sources: ${sourcesSubquery(`${v}.id`, maxSources + 1)}}`;

/**
 * Without `withProperties`, the reserved keys, or only `keys` of them (and the id) when given: a request
 * that draws edges by id and date needs 2 of the 17 stored keys.
 */
export const edgeProps = (v: string, withProperties: boolean, keys?: readonly string[]) => {
  if (withProperties) return allProperties(v);
  if (!keys) return `${v} {${EDGE_ROW_KEYS}}`;
  // Only reserved names reach the statement, whatever the caller passes.
  const named = new Set(['id', ...keys.filter((key) => RELATION_RESERVED_KEYS.has(key))]);
  return `${v} {${[...named].map((key) => `.${key}`).join(', ')}}`;
};

/**
 * An edge without its sources, for results with many edges whose sources few clients read; without
 * `withProperties`, also without its free-form properties (reading every property of a thousand
 * relationships is most of a neighbourhood's database work when nobody asked for them), and with `keys`
 * only those of the reserved keys (the others then read as toEdgeRow's defaults).
 */
export const leanEdgeProjection = (
  v: string,
  source: string,
  target: string,
  withProperties = true,
  keys?: readonly string[],
) => `{type: type(${v}), source: ${source}, target: ${target}, props: ${edgeProps(v, withProperties, keys)}}`;

export function toEntityRow(raw: RawNode): EntityRow {
  const { props } = raw;
  return {
    id: String(props.id),
    type: raw.labels.find(isEntityType) ?? 'Place',
    name: String(props.name ?? props.id),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    properties: omit(props, ENTITY_RESERVED_KEYS),
  };
}

/** `maxSources` as given to edgeProjection: a source beyond it says that more are stored. */
export function toEdgeRow(raw: RawEdge, maxSources = MAX_SOURCES): EdgeRow {
  const p = raw.props;
  return {
    id: String(p.id),
    type: raw.type as RelationType,
    source: raw.source,
    target: raw.target,
    date: typeof p.date === 'string' ? p.date : null,
    datePrecision: (p.datePrecision as DatePrecision | undefined) ?? 'none',
    confidence: typeof p.confidence === 'number' ? p.confidence : 0,
    sourceCount: typeof p.sourceCount === 'number' ? p.sourceCount : 0,
    modality: (p.modality as Modality | undefined) ?? 'asserted',
    ...factSummary(p),
    properties: omit(p, RELATION_RESERVED_KEYS),
    sources: raw.sources?.slice(0, maxSources).map(toSource),
    sourcesCut: (raw.sources?.length ?? 0) > maxSources,
  };
}

/** The derived summary a fact's stored properties carry beside its values. */
export function factSummary(
  p: Record<string, unknown>,
): Pick<EdgeRow, 'dateFrom' | 'dateTo' | 'conflicting' | 'review' | 'dispatchCopies'> {
  return {
    dateFrom: typeof p.dateFrom === 'string' ? p.dateFrom : null,
    dateTo: typeof p.dateTo === 'string' ? p.dateTo : null,
    conflicting: Array.isArray(p.conflicting) ? p.conflicting.map(String) : [],
    review: p.review === 'confirmed' || p.review === 'rejected' ? p.review : null,
    dispatchCopies: typeof p.dispatchCopies === 'number' ? p.dispatchCopies : 0,
  };
}

/** Offsets not read are 0 (the read was told what the request selects); an article read along is kept. */
export function toSource(raw: Record<string, unknown>): SourceRow {
  const article = raw.article as Record<string, unknown> | null | undefined;
  return {
    articleId: String(raw.articleId),
    quote: String(raw.quote ?? ''),
    start: Number(raw.start ?? 0),
    end: Number(raw.end ?? 0),
    ...(article ? { article: toArticleRow({ ...article, id: raw.articleId }) } : {}),
  };
}

export function toArticleRow(props: Record<string, unknown>): ArticleRow {
  const str = (key: string) => (typeof props[key] === 'string' ? (props[key] as string) : null);
  return {
    id: String(props.id),
    title: str('title'),
    url: str('url'),
    publisher: str('publisher'),
    publishedAt: str('publishedAt'),
    language: str('language'),
    text: 'text' in props ? str('text') : undefined,
  };
}

/** The free-form properties: without `keys`, nor the support the store keeps on a fact for itself. */
function omit(props: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !keys.has(key) && key !== SUPPORT_KEY));
}
