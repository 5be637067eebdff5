import type { RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { type FactView, factViewCondition, factViewParams } from './fact-view.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';
import { leanEdgeProjection, nodeProjection, type RawEdge, type RawNode } from './rows.ts';
import type { GraphReader } from './run-read.ts';
import { type SubgraphRow, subgraphInView, toSubgraph } from './subgraph.ts';

export interface TimelineArgs {
  ids?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  types?: readonly RelationType[] | null;
  first: number;
  view?: FactView;
  /** Oldest first by default; LATEST_FIRST gives the `first` latest facts, newest first. */
  order?: TimelineOrder | null;
}

export type TimelineOrder = 'OLDEST_FIRST' | 'LATEST_FIRST';

const ORDER_BY: Record<TimelineOrder, string> = {
  OLDEST_FIRST: 'r.date, r.id',
  LATEST_FIRST: 'r.date DESC, r.id',
};

// With ids the walk starts from those nodes; without, it scans every dated relation. The types are in
// the patterns (relation-types-pattern.ts).
const FROM_IDS = (types: string, dated: string) =>
  `MATCH (n:Entity) WHERE n.id IN $ids MATCH (n)-[r:${types}]-(:Entity) WHERE ${dated} WITH DISTINCT r MATCH (a)-[r]->(b)`;
const ALL = (types: string, dated: string) => `MATCH (a:Entity)-[r:${types}]->(b:Entity) WHERE ${dated}`;

/** Dated relations in date order, with their endpoints. */
export function timelineQuery(args: TimelineArgs): CypherQuery {
  const types = relationTypesPattern(args.types);
  const dated = `r.date IS NOT NULL AND ${dateRangeCondition('r.date', args)} AND ${factViewCondition('r', args.view)}`;
  const cypher = `
${args.ids?.length ? FROM_IDS(types, dated) : ALL(types, dated)}
WITH r, a, b ORDER BY ${ORDER_BY[args.order ?? 'OLDEST_FIRST']} LIMIT $first
RETURN ${leanEdgeProjection('r', 'a.id', 'b.id')} AS edge, ${nodeProjection('a')} AS a, ${nodeProjection('b')} AS b`;
  const params = {
    ids: args.ids ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
    first: args.first,
    ...factViewParams(args.view),
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
  return subgraphInView(reader, subgraph, args.view);
}
