import {
  type DatePrecision,
  type EntityType,
  isEntityType,
  type RelationType,
} from '../../../schema/graph-model.ts';
import { ENTITY_RESERVED_KEYS, RELATION_RESERVED_KEYS, SOURCE_LIST_KEYS } from '../stored-keys.ts';

// Plain rows the API binds its types to. Cypher returns nodes/relationships through the projections
// below; these converters split reserved keys from the free-form flattened properties.

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

export interface SourceRow {
  articleId: string;
  quote: string;
  start: number;
  end: number;
  /** The article's metadata when it was read along with the source. */
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
  properties: Record<string, unknown>;
  /** Undefined when read without them (neighbourhoods, paths, timelines): loaded on demand by id. */
  sources?: SourceRow[];
  /** True when `sources` holds only the first of the stored sources (more are loaded on demand). */
  sourcesCut?: boolean;
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
  lean?: boolean;
  cut?: boolean;
};

// Cypher map projections; the variable names are code constants, never input.

/** Article metadata without the (large) text. */
export const articleProjection = (v: string) =>
  `${v} {.id, .title, .url, .publisher, .publishedAt, .language}`;
export const nodeProjection = (v: string) => `{labels: labels(${v}), props: properties(${v})}`;

/** At most this many sources per edge leave the database; `sourceCount` keeps the full number. */
export const MAX_SOURCES = 100;
const SOURCE_SLICES = (v: string, max: number) =>
  SOURCE_LIST_KEYS.map((key) => `${key}: ${v}.${key}[0..${max}]`).join(', ');

/**
 * Pass the endpoint ids when the pattern binds them: reading startNode()/endNode() of a relationship
 * taken back out of a list costs far more than the bound variables. `maxSources` below MAX_SOURCES
 * keeps big source lists in the database; `cut` then says whether more sources are stored.
 */
export const edgeProjection = (
  v: string,
  source = `startNode(${v}).id`,
  target = `endNode(${v}).id`,
  maxSources = MAX_SOURCES,
) =>
  `{type: type(${v}), source: ${source}, target: ${target}, cut: size(coalesce(${v}.sourceArticleIds, [])) > ${maxSources}, props: ${v} {.*, ${SOURCE_SLICES(v, maxSources)}}}`;

/** An edge without its source lists, for results with many edges whose sources few clients read. */
export const leanEdgeProjection = (v: string, source: string, target: string) =>
  `{type: type(${v}), source: ${source}, target: ${target}, lean: true, props: ${v} {.*, ${LEAN_KEYS}}}`;
const LEAN_KEYS = SOURCE_LIST_KEYS.map((key) => `${key}: null`).join(', ');

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

export function toEdgeRow(raw: RawEdge): EdgeRow {
  const p = raw.props;
  return {
    id: String(p.id),
    type: raw.type as RelationType,
    source: raw.source,
    target: raw.target,
    date: typeof p.date === 'string' ? p.date : null,
    datePrecision: (p.datePrecision as DatePrecision | undefined) ?? 'none',
    confidence: typeof p.confidence === 'number' ? p.confidence : 0,
    sourceCount: typeof p.sourceCount === 'number' ? p.sourceCount : asList(p.sourceArticleIds).length,
    properties: omit(p, RELATION_RESERVED_KEYS),
    sources: raw.lean ? undefined : toSources(p),
    sourcesCut: raw.cut === true,
  };
}

/** Zips the parallel source lists of a relationship into source rows. */
export function toSources(p: Record<string, unknown>): SourceRow[] {
  const quotes = asList(p.sourceQuotes);
  const starts = asList(p.sourceStarts);
  const ends = asList(p.sourceEnds);
  return asList(p.sourceArticleIds).map((articleId, i) => ({
    articleId: String(articleId),
    quote: String(quotes[i] ?? ''),
    start: Number(starts[i] ?? 0),
    end: Number(ends[i] ?? 0),
  }));
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

function omit(props: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !keys.has(key)));
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
