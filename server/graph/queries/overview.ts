// What the explorer's first screen says about the whole graph, in the default view (fact-view.ts): how
// many entities of each type, the most connected ones, the latest events and the latest month's events
// with their relations. Each is one read; labels and types come from the allow-lists only.
import { ENTITY_TYPES, type EntityType, EVENT_TYPES } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { factViewCondition } from './fact-view.ts';
import { relationTypesPattern } from './relation-types-pattern.ts';
import {
  type EntityRow,
  leanEdgeProjection,
  nodeProjection,
  type RawEdge,
  type RawNode,
  toEntityRow,
} from './rows.ts';
import type { GraphReader } from './run-read.ts';
import { labelCountParts } from './stats.ts';
import { type SubgraphRow, toSubgraph } from './subgraph.ts';

export interface TypeCountRow {
  type: EntityType;
  count: number;
}

export interface HubRow {
  entity: EntityRow;
  /** Relations in the default view, both directions. */
  degree: number;
}

export interface DatedEventRow {
  entity: EntityRow;
  date: string;
}

export interface StartingGraphRow extends SubgraphRow {
  /** The month (YYYY-MM) of the latest event dated to the month or the day. */
  month: string;
  /** That month's agreements and attacks, newest first. */
  events: string[];
}

/** Every relation type (relation-types-pattern.ts): a typed expansion never touches an article's MENTIONS. */
const RELATIONS = relationTypesPattern();
const VISIBLE = factViewCondition('r');
/** An event out of the default view carries `hidden`, as a relation does. */
const SHOWN = 'e.hidden IS NULL';

/** Entity counts by type, from the count store (one lookup per label). */
export function entityCountsQuery(): CypherQuery {
  return { cypher: labelCountParts(ENTITY_TYPES).join('\nUNION ALL\n'), params: {} };
}

export async function readEntityCounts(reader: GraphReader): Promise<TypeCountRow[]> {
  return (await reader.read<{ name: EntityType; c: number }>(entityCountsQuery())).map((row) => ({
    type: row.name,
    count: row.c,
  }));
}

/**
 * The `first` entities (of one type, or any) with the most relations in the default view, ties by id.
 * A degree is a property of the whole graph: this reads every relation of every candidate once (about
 * 55,000 db hits for 12,000 relations), with nothing to sort but the top `first`.
 */
export function hubsQuery(first: number, type: EntityType | null = null): CypherQuery {
  const label = type && ENTITY_TYPES.includes(type) ? type : 'Entity';
  return {
    cypher: `
MATCH (n:${label})
WITH n, COUNT { (n)-[r:${RELATIONS}]-() WHERE ${VISIBLE} } AS degree
WHERE degree > 0
WITH n, degree ORDER BY degree DESC, n.id LIMIT $first
RETURN ${nodeProjection('n')} AS node, degree`,
    params: { first },
  };
}

export async function readHubs(
  reader: GraphReader,
  first: number,
  type?: EntityType | null,
): Promise<HubRow[]> {
  const rows = await reader.read<{ node: RawNode; degree: number }>(hubsQuery(first, type ?? null));
  return rows.map((row) => ({ entity: toEntityRow(row.node), degree: row.degree }));
}

/**
 * One branch per event type: each walks its `date` index from the latest down (index-backed order) and
 * stops after `first` shown events, so the cost does not grow with the number of events.
 */
const latestBranches = (ret: string, limit: string, where = 'true') =>
  EVENT_TYPES.map(
    (type) => `MATCH (e:${type}) WHERE e.date IS NOT NULL AND ${SHOWN} AND ${where}
  RETURN ${ret} ORDER BY e.date DESC LIMIT ${limit}`,
  ).join('\n  UNION ALL\n  ');

/** Agreements and attacks newest first (by their derived date), ties by id. */
export function latestEventsQuery(first: number): CypherQuery {
  return {
    cypher: `
CALL {
  ${latestBranches('e', '$first')}
}
WITH e ORDER BY e.date DESC, e.id LIMIT $first
RETURN ${nodeProjection('e')} AS node, e.date AS date`,
    params: { first },
  };
}

export async function readLatestEvents(reader: GraphReader, first: number): Promise<DatedEventRow[]> {
  const rows = await reader.read<{ node: RawNode; date: string }>(latestEventsQuery(first));
  return rows.map((row) => ({ entity: toEntityRow(row.node), date: row.date }));
}

/** Relations an event has, at most this many per event on average (an attack's targets, a treaty's parties). */
export const STARTING_EDGES_PER_EVENT = 10;

/**
 * The month of the latest event dated at least to the month, that month's events (a prefix seek on the
 * date indexes, newest first, at most `limit`) and their relations in the default view with their far
 * endpoints. No row when no event is dated to a month.
 */
export function startingGraphQuery(limit: number): CypherQuery {
  const ofMonth = EVENT_TYPES.map(
    (type) => `WITH month
  MATCH (e:${type}) WHERE e.date STARTS WITH month AND ${SHOWN}
  RETURN e`,
  ).join('\n  UNION ALL\n  ');
  const cypher = `
CALL {
  ${latestBranches('e.date AS date', '1', 'size(e.date) >= 7')}
}
WITH left(max(date), 7) AS month
WHERE month IS NOT NULL
CALL {
  ${ofMonth}
}
WITH month, e ORDER BY e.date DESC, e.id LIMIT $limit + 1
WITH month, collect(e) AS found
WITH month, found[0..$limit] AS events, size(found) > $limit AS cut
CALL {
  WITH events
  UNWIND events AS e
  CALL {
    WITH e
    MATCH (e)-[r:${RELATIONS}]->(m:Entity) WHERE ${VISIBLE}
    RETURN r, e AS a, m AS b
    UNION ALL
    WITH e
    MATCH (m:Entity)-[r:${RELATIONS}]->(e) WHERE ${VISIBLE}
    RETURN r, m AS a, e AS b
  }
  WITH r, a, b LIMIT $edgeCap + 1
  RETURN collect({edge: ${leanEdgeProjection('r', 'a.id', 'b.id')}, a: ${nodeProjection('a')}, b: ${nodeProjection('b')}}) AS rels
}
RETURN month, [e IN events | ${nodeProjection('e')}] AS events, rels[0..$edgeCap] AS rels,
  cut OR size(rels) > $edgeCap AS truncated`;
  return { cypher, params: { limit, edgeCap: limit * STARTING_EDGES_PER_EVENT } };
}

export async function readStartingGraph(
  reader: GraphReader,
  limit: number,
): Promise<StartingGraphRow | null> {
  const [row] = await reader.read<{
    month: string;
    events: RawNode[];
    rels: { edge: RawEdge; a: RawNode; b: RawNode }[];
    truncated: boolean;
  }>(startingGraphQuery(limit));
  if (!row) return null;
  const subgraph = toSubgraph(
    [...row.events, ...row.rels.flatMap((rel) => [rel.a, rel.b])],
    row.rels.map((rel) => rel.edge),
    row.truncated,
  );
  return { ...subgraph, month: row.month, events: row.events.map((node) => String(node.props.id)) };
}
