import type { EntityType, RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { type FactView, factViewCondition, factViewParams } from './fact-view.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';
import { leanEdgeProjection, nodeProjection, type RawEdge, type RawNode } from './rows.ts';
import type { GraphReader } from './run-read.ts';
import { type SubgraphRow, subgraphInView, toSubgraph } from './subgraph.ts';

export interface NeighborhoodArgs {
  ids: readonly string[];
  depth: 1 | 2 | 3;
  relationTypes?: readonly RelationType[] | null;
  entityTypes?: readonly EntityType[] | null;
  from?: string | null;
  to?: string | null;
  limit: number;
  view?: FactView;
  /**
   * Whether the free-form properties of nodes and edges are read (both by default); `edgeKeys`, without
   * edge properties, names the reserved edge keys to read (all when absent; the others read as defaults).
   */
  properties?: { nodes: boolean; edges: boolean; edgeKeys?: readonly string[] };
}

// Cypher wants the depth as a literal: one pattern per allowed value, never built from input.
const DEPTHS: Record<NeighborhoodArgs['depth'], string> = { 1: '*1..1', 2: '*1..2', 3: '*1..3' };

export function neighborhoodQuery(args: NeighborhoodArgs): CypherQuery {
  // The relation types are in the patterns: a walk never passes through an article's MENTIONS (two
  // entities named in one article are not neighbours), and a hub's mentions are never expanded.
  const types = relationTypesPattern(args.relationTypes);
  const edgeOk = `${dateRangeCondition('r.date', args)} AND ${factViewCondition('r', args.view)}`;
  const nodeOk = args.entityTypes?.length ? 'any(label IN labels(m) WHERE label IN $entityTypes)' : 'true';
  const properties = args.properties ?? { nodes: true, edges: true };
  const cypher = `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
// DISTINCT lets Neo4j expand breadth-first with pruning (nearest first, no path enumeration), and the
// LIMIT stops it once the cap is passed instead of reaching the whole graph around a hub.
CALL {
  WITH seeds
  UNWIND seeds AS s
  MATCH (s)-[rs:${types}${DEPTHS[args.depth]}]-(m:Entity)
  WHERE NOT m IN seeds AND all(r IN rs WHERE ${edgeOk}) AND ${nodeOk}
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS reached
}
WITH seeds + reached AS seen
WITH seen[0..$limit] AS nodes, size(seen) > $limit AS truncated
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r:${types}]->(b:Entity)
  WHERE b IN nodes AND ${edgeOk}
  WITH r, a, b LIMIT $edgeCap + 1
  RETURN collect(${leanEdgeProjection('r', 'a.id', 'b.id', properties.edges, properties.edgeKeys)}) AS rels
}
RETURN [n IN nodes | ${nodeProjection('n', properties.nodes)}] AS nodes,
  rels[0..$edgeCap] AS edges,
  truncated OR size(rels) > $edgeCap AS truncated`;
  const params = {
    ids: [...new Set(args.ids)],
    entityTypes: args.entityTypes?.length ? args.entityTypes : null,
    from: args.from ?? null,
    to: args.to ?? null,
    limit: args.limit,
    edgeCap: args.limit * 4,
    ...factViewParams(args.view),
  };
  return { cypher, params };
}

export async function readNeighborhood(reader: GraphReader, args: NeighborhoodArgs): Promise<SubgraphRow> {
  const rows = await reader.read<{ nodes: RawNode[]; edges: RawEdge[]; truncated: boolean }>(
    neighborhoodQuery(args),
  );
  const row = rows[0];
  if (!row) return { nodes: [], edges: [], truncated: false };
  return subgraphInView(reader, toSubgraph(row.nodes, row.edges, row.truncated), args.view);
}
