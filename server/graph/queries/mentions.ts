import type { CypherQuery } from './cypher-query.ts';
import {
  type ArticleRow,
  articleProjection,
  type EntityRow,
  nodeProjection,
  type RawNode,
  toArticleRow,
  toEntityRow,
} from './rows.ts';
import type { GraphReader } from './run-read.ts';

/** Articles mentioning each entity, newest first, at most `first` per entity (published by `knownAt`). */
export function mentionedInQuery(
  ids: readonly string[],
  first: number,
  knownAt: string | null = null,
): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH (a:Article)-[:MENTIONS]->(n)
  WHERE $knownAt IS NULL OR a.publishedAt <= $knownAt
  RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $first
}
RETURN id, ${articleProjection('a')} AS props`,
    params: { ids: [...new Set(ids)], first, knownAt },
  };
}

/** Entities each article mentions, by name. */
export function articleMentionsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:MENTIONS]->(n:Entity)
WITH id, n ORDER BY n.name
RETURN id, collect(${nodeProjection('n')}) AS nodes`,
    params: { ids: [...new Set(ids)] },
  };
}

export async function readMentionedIn(
  reader: GraphReader,
  ids: readonly string[],
  first: number,
  knownAt: string | null = null,
): Promise<ArticleRow[][]> {
  const rows = await reader.read<{ id: string; props: Record<string, unknown> }>(
    mentionedInQuery(ids, first, knownAt),
  );
  const byId = new Map<string, ArticleRow[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), toArticleRow(row.props)]);
  return ids.map((id) => byId.get(id) ?? []);
}

export async function readArticleMentions(
  reader: GraphReader,
  ids: readonly string[],
): Promise<EntityRow[][]> {
  const rows = await reader.read<{ id: string; nodes: RawNode[] }>(articleMentionsQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, row.nodes.map(toEntityRow)]));
  return ids.map((id) => byId.get(id) ?? []);
}
