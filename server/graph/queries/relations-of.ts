import type { RelationType } from '../../../schema/graph-model.ts';
import { edgesKnownAt } from './as-known-at.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { type FactView, factViewCondition, factViewParams } from './fact-view.ts';
import { entitiesByIdsQuery } from './lookups.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';
import {
  ARTICLE_METADATA_KEYS,
  type ArticleRow,
  type EdgeRow,
  type EntityRow,
  edgeProps,
  nodeProps,
  type RawNode,
  type SourceRead,
  sourcesSubquery,
  toEdgeRow,
  toEntityRow,
} from './rows.ts';
import type { GraphReader } from './run-read.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter extends FactView {
  direction: Direction;
  types?: readonly RelationType[] | null;
  from?: string | null;
  to?: string | null;
  first: number;
  /**
   * What is read besides the relations' ids, from what the request selects (everything by default):
   * the free-form properties of the far endpoints and of the edges; with `edgeKeys`, only those of the
   * edges' reserved keys; and what of the first sources (`sources`, false for none).
   */
  properties?: {
    other: boolean;
    edge: boolean;
    edgeKeys?: readonly string[];
    sources?: SourceRead | false;
  };
}

export interface RelationRow {
  edge: EdgeRow;
  other: EntityRow;
  direction: 'OUT' | 'IN';
  /** The full metadata of the first sources' articles, when read along (to prime the article loader). */
  articles: ArticleRow[];
}

export interface EntityWithRelations {
  entity: EntityRow | null;
  relations: RelationRow[];
}

const INLINE_SOURCES = 20;

/** By default a source comes with its offsets and its article's metadata, as the entity view shows it. */
const ALL_OF_SOURCES: SourceRead = { offsets: true, articleKeys: ARTICLE_METADATA_KEYS };
const sourcesRead = (filter: RelationFilter) => filter.properties?.sources ?? ALL_OF_SOURCES;

// For one direction the answer is known; only BOTH has to ask each relationship.
const OUTGOING: Record<Direction, string> = { OUT: 'true', IN: 'false', BOTH: 'startNode(r) = n' };

// The relation types are in the pattern (relation-types-pattern.ts).
const PATTERNS: Record<Direction, (types: string) => string> = {
  OUT: (types) => `(n)-[r:${types}]->(m:Entity)`,
  IN: (types) => `(n)<-[r:${types}]-(m:Entity)`,
  BOTH: (types) => `(n)-[r:${types}]-(m:Entity)`,
};

/**
 * The relations of entities, at most `first` per entity, oldest first (undated last): one row per
 * relation, flat. Rows cost the driver far less to decode than the same values nested in maps, whose
 * keys travel and are decoded once per value (a hub's hundred relations: half the client's time). A
 * row's ends are the entity asked for (`id`) and `other`, in the direction `outgoing` says.
 */
export function relationsOfQuery(ids: readonly string[], filter: RelationFilter): CypherQuery {
  const properties = filter.properties ?? { other: true, edge: true };
  const sources = sourcesRead(filter);
  const cypher = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH ${PATTERNS[filter.direction](relationTypesPattern(filter.types))}
  WHERE ${dateRangeCondition('r.date', filter)}
    AND ${factViewCondition('r', filter)}
  RETURN r, m ORDER BY r.date, r.id LIMIT $first
}
RETURN id, ${OUTGOING[filter.direction]} AS outgoing, labels(m) AS otherLabels,
  ${nodeProps('m', properties.other)} AS other,
  type(r) AS type, ${edgeProps('r', properties.edge, properties.edgeKeys)} AS edge,
  ${sources ? sourcesSubquery('r.id', INLINE_SOURCES + 1, undefined, sources) : 'null'} AS sources
ORDER BY r.date, r.id`;
  const params = {
    ids: [...new Set(ids)],
    from: filter.from ?? null,
    to: filter.to ?? null,
    first: filter.first,
    ...factViewParams(filter),
  };
  return { cypher, params };
}

interface RelationRecord {
  id: string;
  outgoing: boolean;
  otherLabels: string[];
  other: Record<string, unknown>;
  type: string;
  edge: Record<string, unknown>;
  sources: Record<string, unknown>[] | null;
}

/** Entities and their relations for `ids` in key order (entity null where missing): one round trip. */
export async function readEntitiesWithRelations(
  reader: GraphReader,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<EntityWithRelations[]> {
  const [nodes = [], relations = []] = await reader.readAll([
    entitiesByIdsQuery(ids),
    relationsOfQuery(ids, filter),
  ]);
  const entities = new Map(nodes.map((row) => [row.id as string, toEntityRow(row.node as RawNode)]));
  const byId = groupRelations(relations as unknown as RelationRecord[], filter);
  const found = ids.map((id) => ({ entity: entities.get(id) ?? null, relations: byId.get(id) ?? [] }));
  return filter.knownAt ? relationsKnownAt(reader, found, filter.knownAt) : found;
}

/** Relation lists for `ids` in key order. */
export async function readRelationsOf(
  reader: GraphReader,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<RelationRow[][]> {
  const rows = await reader.read<RelationRecord>(relationsOfQuery(ids, filter));
  const byId = groupRelations(rows, filter);
  const found = ids.map((id) => ({ entity: null, relations: byId.get(id) ?? [] }));
  const known = filter.knownAt ? await relationsKnownAt(reader, found, filter.knownAt) : found;
  return known.map((f) => f.relations);
}

/** Each entity's relations, in the order read. */
function groupRelations(rows: readonly RelationRecord[], filter: RelationFilter): Map<string, RelationRow[]> {
  const sources = sourcesRead(filter);
  // Only complete metadata may prime the article loader, which other fields of the request read from.
  const complete =
    sources !== false && ARTICLE_METADATA_KEYS.every((key) => sources.articleKeys?.includes(key));
  const byId = new Map<string, RelationRow[]>();
  for (const row of rows) {
    const list = byId.get(row.id) ?? [];
    list.push(toRelation(row, complete));
    byId.set(row.id, list);
  }
  return byId;
}

/** Each entity's relations as known by `knownAt`: one read for all of them. */
async function relationsKnownAt(
  reader: GraphReader,
  found: EntityWithRelations[],
  knownAt: string,
): Promise<EntityWithRelations[]> {
  const edges = await edgesKnownAt(
    reader,
    found.flatMap((f) => f.relations.map((r) => r.edge)),
    knownAt,
  );
  const byId = new Map(edges.map((edge) => [edge.id, edge]));
  return found.map((f) => ({
    ...f,
    relations: f.relations.flatMap((r) => {
      const edge = byId.get(r.edge.id);
      return edge ? [{ ...r, edge }] : [];
    }),
  }));
}

function toRelation(row: RelationRecord, completeArticles: boolean): RelationRow {
  const other = toEntityRow({ labels: row.otherLabels, props: row.other });
  const [source, target] = row.outgoing ? [row.id, other.id] : [other.id, row.id];
  const raw = {
    type: row.type,
    source,
    target,
    props: row.edge,
    ...(row.sources ? { sources: row.sources } : {}),
  };
  const edge = toEdgeRow(raw, INLINE_SOURCES);
  return {
    edge,
    other,
    direction: row.outgoing ? 'OUT' : 'IN',
    articles: completeArticles ? (edge.sources ?? []).flatMap((s) => (s.article ? [s.article] : [])) : [],
  };
}
