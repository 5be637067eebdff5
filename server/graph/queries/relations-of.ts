import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
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

export interface RelationFilter {
  direction: Direction;
  types?: readonly RelationType[] | null;
  from?: string | null;
  to?: string | null;
  first: number;
}

export interface RelationRow {
  edge: EdgeRow;
  other: EntityRow;
  direction: 'OUT' | 'IN';
  /** Articles of the first sources, without text (to prime the article loader). */
  articles: ArticleRow[];
}

const INLINE_ARTICLES = 20;

// For one direction the answer is known; only BOTH has to ask each relationship.
const OUTGOING: Record<Direction, string> = { OUT: 'true', IN: 'false', BOTH: 'startNode(r) = n' };

const PATTERNS: Record<Direction, string> = {
  OUT: '(n)-[r]->(m:Entity)',
  IN: '(n)<-[r]-(m:Entity)',
  BOTH: '(n)-[r]-(m:Entity)',
};

/** Relations of many entities at once, at most `first` per entity, oldest first (undated last). */
export function relationsOfQuery(ids: readonly string[], filter: RelationFilter): CypherQuery {
  const cypher = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH ${PATTERNS[filter.direction]}
  WHERE ${filter.types?.length ? 'type(r) IN $types' : 'true'} AND ${dateRangeCondition('r.date', filter)}
  WITH n, r, m ORDER BY r.date, r.id LIMIT $first
  RETURN r, m, ${OUTGOING[filter.direction]} AS outgoing
}
// The first sources' articles come along (as the entity view shows them) to save a round trip.
CALL {
  WITH r
  UNWIND coalesce(r.sourceArticleIds, [])[0..${INLINE_ARTICLES}] AS articleId
  MATCH (a:Article {id: articleId})
  RETURN collect(${articleProjection('a')}) AS articles
}
RETURN articles, id, ${edgeProjection('r', 'CASE WHEN outgoing THEN n.id ELSE m.id END', 'CASE WHEN outgoing THEN m.id ELSE n.id END', INLINE_ARTICLES)} AS edge,
  ${nodeProjection('m')} AS other, outgoing`;
  const params = {
    ids: [...new Set(ids)],
    types: filter.types?.length ? filter.types : RELATION_TYPES,
    from: filter.from ?? null,
    to: filter.to ?? null,
    first: filter.first,
  };
  return { cypher, params };
}

/** Relation lists for `ids` in key order. */
export async function readRelationsOf(
  reader: GraphReader,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<RelationRow[][]> {
  const rows = await reader.read<{
    id: string;
    edge: RawEdge;
    other: RawNode;
    outgoing: boolean;
    articles: Record<string, unknown>[];
  }>(relationsOfQuery(ids, filter));
  const byId = new Map<string, RelationRow[]>();
  for (const row of rows) {
    const list = byId.get(row.id) ?? [];
    const articles = row.articles.map(toArticleRow);
    list.push({
      edge: withArticles(toEdgeRow(row.edge), articles),
      other: toEntityRow(row.other),
      direction: row.outgoing ? 'OUT' : 'IN',
      articles,
    });
    byId.set(row.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** Sets each source's article where it was read inline, so resolving it needs no loader call. */
function withArticles(edge: EdgeRow, articles: ArticleRow[]): EdgeRow {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return { ...edge, sources: edge.sources?.map((s) => ({ ...s, article: byId.get(s.articleId) })) };
}
