import type { EntityType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { type EntityRow, nodeProjection, type RawNode, toEntityRow } from './rows.ts';
import type { GraphReader } from './run-read.ts';

export interface SearchHitRow {
  score: number;
  entity: EntityRow;
}

/** Full-text search over names and aliases through the `entitySearch` index, best score first. */
export function searchQuery(lucene: string, types: readonly EntityType[] | null, first: number): CypherQuery {
  const typed = types?.length ? 'any(label IN labels(node) WHERE label IN $types)' : 'true';
  return {
    cypher: `
CALL db.index.fulltext.queryNodes('entitySearch', $lucene, {limit: $candidates}) YIELD node, score
WHERE ${typed}
// Ranked and cut before the projection, so only the hits returned have their properties read.
WITH node, score ORDER BY score DESC, node.name LIMIT $first
RETURN ${nodeProjection('node')} AS node, score`,
    // Type filtering happens after the index, so ask it for more candidates than we return.
    params: { lucene, types: types?.length ? types : null, first, candidates: Math.max(first * 5, 50) },
  };
}

export async function searchEntities(
  reader: GraphReader,
  input: string,
  types: readonly EntityType[] | null,
  first: number,
): Promise<SearchHitRow[]> {
  const lucene = toLuceneQuery(input);
  if (!lucene) return [];
  const rows = await reader.read<{ node: RawNode; score: number }>(searchQuery(lucene, types, first));
  return rows.map((row) => ({ score: row.score, entity: toEntityRow(row.node) }));
}
