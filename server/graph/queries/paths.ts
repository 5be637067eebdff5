import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { type FactView, factViewCondition, factViewParams } from './fact-view.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';
import { leanEdgeProjection, nodeProjection, type RawEdge, type RawNode } from './rows.ts';
import type { GraphReader } from './run-read.ts';
import { type SubgraphRow, subgraphInView, toSubgraph } from './subgraph.ts';

export type MaxHops = 1 | 2 | 3 | 4 | 5 | 6;

export interface PathsArgs {
  from: string;
  to: string;
  maxHops: MaxHops;
  relationTypes?: readonly RelationType[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  first: number;
  view?: FactView;
}

// Cypher wants the hop bound as a literal: one pattern per allowed value, never built from input.
const HOP_BOUNDS: Record<MaxHops, string> = {
  1: '*..1',
  2: '*..2',
  3: '*..3',
  4: '*..4',
  5: '*..5',
  6: '*..6',
};
// Types in the pattern keep the search off MENTIONS (articles are not part of paths).
const TYPES = relationTypesPattern();

export function pathsQuery(args: PathsArgs): CypherQuery {
  const cypher = `
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[:${TYPES}${HOP_BOUNDS[args.maxHops]}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND ${dateRangeCondition('r.date', { from: args.dateFrom, to: args.dateTo })}
  AND ${factViewCondition('r', args.view)})
RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes, [r IN relationships(p) | ${leanEdgeProjection('r', 'startNode(r).id', 'endNode(r).id')}] AS edges
LIMIT $first`;
  const params = {
    source: args.from,
    target: args.to,
    types: args.relationTypes?.length ? args.relationTypes : RELATION_TYPES,
    from: args.dateFrom ?? null,
    to: args.dateTo ?? null,
    first: args.first,
    ...factViewParams(args.view),
  };
  return { cypher, params };
}

export async function readPaths(reader: GraphReader, args: PathsArgs): Promise<SubgraphRow[]> {
  const rows = await reader.read<{ nodes: RawNode[]; edges: RawEdge[] }>(pathsQuery(args));
  return Promise.all(
    rows.map((row) => subgraphInView(reader, toSubgraph(row.nodes, row.edges, false), args.view)),
  );
}
