import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { edgeProjection, nodeProjection, type RawEdge, type RawNode } from './rows.ts';
import type { GraphReader } from './run-read.ts';
import { type SubgraphRow, toSubgraph } from './subgraph.ts';

export interface TimelineArgs {
  ids?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  types?: readonly RelationType[] | null;
  first: number;
}

const DATED = `r.date IS NOT NULL AND type(r) IN $types AND ${dateRangeCondition('r.date')}`;
// With ids the walk starts from those nodes; without, it scans every dated relation.
const FROM_IDS = `MATCH (n:Entity) WHERE n.id IN $ids MATCH (n)-[r]-(:Entity) WHERE ${DATED} WITH DISTINCT r`;
const ALL = `MATCH (:Entity)-[r]->(:Entity) WHERE ${DATED}`;

/** Dated relations in date order, with their endpoints. */
export function timelineQuery(args: TimelineArgs): CypherQuery {
  const cypher = `
${args.ids?.length ? FROM_IDS : ALL}
WITH r ORDER BY r.date, r.id LIMIT $first
RETURN ${edgeProjection('r')} AS edge, ${nodeProjection('startNode(r)')} AS a, ${nodeProjection('endNode(r)')} AS b`;
  const params = {
    ids: args.ids ?? null,
    types: args.types?.length ? args.types : RELATION_TYPES,
    from: args.from ?? null,
    to: args.to ?? null,
    first: args.first,
  };
  return { cypher, params };
}

export async function readTimeline(reader: GraphReader, args: TimelineArgs): Promise<SubgraphRow> {
  const rows = await reader.read<{ edge: RawEdge; a: RawNode; b: RawNode }>(timelineQuery(args));
  const subgraph = toSubgraph(
    rows.flatMap((row) => [row.a, row.b]),
    rows.map((row) => row.edge),
    rows.length >= args.first,
  );
  return subgraph;
}
