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

export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${nodeProjection('n')} AS node`,
    params: { ids: [...new Set(ids)] },
  };
}

export function articlesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, ${articleProjection('a')} AS props`,
    params: { ids: [...new Set(ids)] },
  };
}

/** Entities for `ids` in key order (null where missing): one round trip for the whole batch. */
export async function readEntitiesByIds(
  reader: GraphReader,
  ids: readonly string[],
): Promise<(EntityRow | null)[]> {
  const rows = await reader.read<{ id: string; node: RawNode }>(entitiesByIdsQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, toEntityRow(row.node)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function readArticlesByIds(
  reader: GraphReader,
  ids: readonly string[],
): Promise<(ArticleRow | null)[]> {
  const rows = await reader.read<{ id: string; props: Record<string, unknown> }>(articlesByIdsQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, toArticleRow(row.props)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function articleTextsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text',
    params: { ids: [...new Set(ids)] },
  };
}

export async function readArticleTexts(
  reader: GraphReader,
  ids: readonly string[],
): Promise<(string | null)[]> {
  const rows = await reader.read<{ id: string; text: string | null }>(articleTextsQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, row.text]));
  return ids.map((id) => byId.get(id) ?? null);
}
