import type { RelationType } from '../../../schema/graph-model.ts';
import { edgesKnownAt } from './as-known-at.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { type FactView, factViewCondition, factViewParams } from './fact-view.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';
import {
  type ArticleRow,
  articleProjection,
  type EdgeRow,
  type EntityRow,
  edgeProjection,
  nodeProjection,
  type RawEdge,
  type RawNode,
  toArticleRow,
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
   * Whether the free-form properties of the far endpoints and of the edges are read (both by default),
   * and `edgeKeys`, when given, the only reserved keys of the edges read besides their id.
   */
  properties?: { other: boolean; edge: boolean; edgeKeys?: readonly string[] };
}

export interface RelationRow {
  edge: EdgeRow;
  other: EntityRow;
  direction: 'OUT' | 'IN';
  /** Articles of the first sources, without text (to prime the article loader). */
  articles: ArticleRow[];
}

export interface EntityWithRelations {
  entity: EntityRow | null;
  relations: RelationRow[];
}

const INLINE_SOURCES = 20;

// For one direction the answer is known; only BOTH has to ask each relationship.
const OUTGOING: Record<Direction, string> = { OUT: 'true', IN: 'false', BOTH: 'startNode(r) = n' };

// The relation types are in the pattern (relation-types-pattern.ts).
const PATTERNS: Record<Direction, (types: string) => string> = {
  OUT: (types) => `(n)-[r:${types}]->(m:Entity)`,
  IN: (types) => `(n)<-[r:${types}]-(m:Entity)`,
  BOTH: (types) => `(n)-[r:${types}]-(m:Entity)`,
};

/**
 * Entities with their relations, at most `first` per entity, oldest first (undated last): one row per
 * entity found. The articles of the first sources come along once per entity (relations of one entity
 * share many articles), which saves the article round trip the entity view would make.
 */
export function relationsOfQuery(ids: readonly string[], filter: RelationFilter): CypherQuery {
  const properties = filter.properties ?? { other: true, edge: true };
  const source = 'CASE WHEN outgoing THEN n.id ELSE m.id END';
  const target = 'CASE WHEN outgoing THEN m.id ELSE n.id END';
  const cypher = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH ${PATTERNS[filter.direction](relationTypesPattern(filter.types))}
  WHERE ${dateRangeCondition('r.date', filter)}
    AND ${factViewCondition('r', filter)}
  WITH n, r, m ORDER BY r.date, r.id LIMIT $first
  WITH n, r, m, ${OUTGOING[filter.direction]} AS outgoing
  RETURN collect({outgoing: outgoing, other: ${nodeProjection('m', properties.other)},
    edge: ${edgeProjection('r', source, target, INLINE_SOURCES, properties.edge, properties.edgeKeys)}}) AS relations
}
CALL {
  WITH relations
  UNWIND relations AS relation
  UNWIND relation.edge.sources AS source
  WITH source.articleId AS articleId
  WITH DISTINCT articleId
  MATCH (a:Article {id: articleId})
  RETURN collect(${articleProjection('a')}) AS articles
}
RETURN id, ${nodeProjection('n')} AS node, relations, articles`;
  const params = {
    ids: [...new Set(ids)],
    from: filter.from ?? null,
    to: filter.to ?? null,
    first: filter.first,
    ...factViewParams(filter),
  };
  return { cypher, params };
}

interface RawRelation {
  outgoing: boolean;
  other: RawNode;
  edge: RawEdge;
}

/** Entities and their relations for `ids` in key order (entity null where missing). */
export async function readEntitiesWithRelations(
  reader: GraphReader,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<EntityWithRelations[]> {
  const rows = await reader.read<{
    id: string;
    node: RawNode;
    relations: RawRelation[];
    articles: Record<string, unknown>[];
  }>(relationsOfQuery(ids, filter));
  const byId = new Map<string, EntityWithRelations>();
  for (const row of rows) {
    const articles = new Map(row.articles.map((props) => [String(props.id), toArticleRow(props)]));
    byId.set(row.id, {
      entity: toEntityRow(row.node),
      relations: row.relations.map((r) => toRelation(r, articles)),
    });
  }
  const found = ids.map((id) => byId.get(id) ?? { entity: null, relations: [] });
  return filter.knownAt ? relationsKnownAt(reader, found, filter.knownAt) : found;
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

/** Relation lists for `ids` in key order. */
export async function readRelationsOf(
  reader: GraphReader,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<RelationRow[][]> {
  return (await readEntitiesWithRelations(reader, ids, filter)).map((found) => found.relations);
}

/** Sets each source's article where it was read inline, so resolving it needs no loader call. */
function toRelation(raw: RawRelation, articles: Map<string, ArticleRow>): RelationRow {
  const edge = toEdgeRow(raw.edge, INLINE_SOURCES);
  const sources = edge.sources?.map((s) => ({ ...s, article: articles.get(s.articleId) }));
  return {
    edge: { ...edge, sources },
    other: toEntityRow(raw.other),
    direction: raw.outgoing ? 'OUT' : 'IN',
    articles: (sources ?? []).flatMap((s) => (s.article ? [s.article] : [])),
  };
}
