import { type EntityType, RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { edgeProjection, nodeProjection, type RawEdge, type RawNode } from './rows.ts';
import type { GraphReader } from './run-read.ts';
import { type SubgraphRow, toSubgraph } from './subgraph.ts';

export interface NeighborhoodArgs {
  ids: readonly string[];
  depth: 1 | 2 | 3;
  relationTypes?: readonly RelationType[] | null;
  entityTypes?: readonly EntityType[] | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}

const EDGE_OK = `type(r) IN $types AND ${dateRangeCondition('r.date')}`;

// One breadth-first level: distinct unseen neighbours of the frontier, capped so a hub cannot blow up
// the next level. Repeated `depth` times (a literal count from a fixed set), so nearest nodes come first.
const LEVEL = `
CALL {
  WITH seen, frontier
  UNWIND frontier AS f
  MATCH (f)-[r]-(x:Entity)
  WHERE ${EDGE_OK} AND NOT x IN seen
    AND ($entityTypes IS NULL OR any(label IN labels(x) WHERE label IN $entityTypes))
  RETURN collect(DISTINCT x)[0..$cap] AS next
}
WITH seen + next AS seen, next AS frontier`;

export function neighborhoodQuery(args: NeighborhoodArgs): CypherQuery {
  const cypher = `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seen, collect(s) AS frontier
${LEVEL.repeat(args.depth)}
WITH seen[0..$limit] AS nodes, size(seen) > $limit AS truncated
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ${EDGE_OK}
  RETURN collect(r)[0..$edgeCap + 1] AS rels
}
RETURN [n IN nodes | ${nodeProjection('n')}] AS nodes,
  [r IN rels[0..$edgeCap] | ${edgeProjection('r')}] AS edges,
  truncated OR size(rels) > $edgeCap AS truncated`;
  const params = {
    ids: [...new Set(args.ids)],
    types: args.relationTypes?.length ? args.relationTypes : RELATION_TYPES,
    entityTypes: args.entityTypes?.length ? args.entityTypes : null,
    from: args.from ?? null,
    to: args.to ?? null,
    limit: args.limit,
    cap: args.limit + 1,
    edgeCap: args.limit * 4,
  };
  return { cypher, params };
}

export async function readNeighborhood(reader: GraphReader, args: NeighborhoodArgs): Promise<SubgraphRow> {
  const rows = await reader.read<{ nodes: RawNode[]; edges: RawEdge[]; truncated: boolean }>(
    neighborhoodQuery(args),
  );
  const row = rows[0];
  return row ? toSubgraph(row.nodes, row.edges, row.truncated) : { nodes: [], edges: [], truncated: false };
}
