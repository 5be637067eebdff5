import { RELATION_TYPES } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { type EdgeRow, edgeProjection, type RawEdge, toEdgeRow } from './rows.ts';
import type { GraphReader } from './run-read.ts';

// Relationship ids are unique per type (one constraint, hence one index, per type): a UNION of one
// index seek per type finds an id whatever its type, where an untyped pattern would scan every edge.
const BRANCHES = RELATION_TYPES.map(
  (type) => `UNWIND $ids AS id MATCH (x:Entity)-[r:${type} {id: id}]->(y:Entity)
  RETURN id, ${edgeProjection('r', 'x.id', 'y.id')} AS edge`,
).join('\nUNION ALL\n');

/** Relationships by their ids, with their sources; the types come from the allow-list only. */
export function edgesByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: `CALL {\n${BRANCHES}\n}\nRETURN id, edge`, params: { ids: [...new Set(ids)] } };
}

/** Edges for `ids` in key order (null where missing): one round trip for the whole batch. */
export async function readEdgesByIds(
  reader: GraphReader,
  ids: readonly string[],
): Promise<(EdgeRow | null)[]> {
  const rows = await reader.read<{ id: string; edge: RawEdge }>(edgesByIdsQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, toEdgeRow(row.edge)]));
  return ids.map((id) => byId.get(id) ?? null);
}
