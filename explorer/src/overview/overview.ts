// What the first screen says about the data: counts by type, the most connected entities, the latest
// events and a starting graph, all computed from the stats and the dated facts the API returns.
import { ENTITY_TYPES } from '../../../schema/graph-model.ts';
import type { EntityType, GraphNode, Subgraph } from '../api/types.ts';

export interface LabelCount {
  label: string;
  count: number;
}

export interface Hub {
  node: GraphNode;
  degree: number;
}

export interface LatestEvent {
  node: GraphNode;
  date: string;
}

export interface StartingGraph {
  /** The month (YYYY-MM) of the latest agreements and attacks. */
  month: string;
  /** Their entity ids, whose neighbourhoods make the starting graph. */
  ids: string[];
}

export interface Overview {
  counts: { type: EntityType; count: number }[];
  hubs: Hub[];
  latest: LatestEvent[];
  start: StartingGraph | null;
}

/** Events are what happened on a date: the starting graph and the "latest" list are made of them. */
const EVENT_TYPES: readonly EntityType[] = ['Agreement', 'Attack'];

function degrees(timeline: Subgraph): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of timeline.edges) {
    for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return degree;
}

/** Each event's latest date among its dated facts. */
function eventDates(timeline: Subgraph, events: Map<string, GraphNode>): Map<string, string> {
  const dates = new Map<string, string>();
  for (const edge of timeline.edges) {
    if (!edge.date) continue;
    for (const end of [edge.source, edge.target]) {
      if (events.has(end) && edge.date > (dates.get(end) ?? '')) dates.set(end, edge.date);
    }
  }
  return dates;
}

export function computeOverview(stats: LabelCount[], timeline: Subgraph, size = 8): Overview {
  const counts = ENTITY_TYPES.map((type) => ({
    type,
    count: stats.find((entry) => entry.label === type)?.count ?? 0,
  }));
  const nodes = new Map(timeline.nodes.map((node) => [node.id, node]));
  const hubs = [...degrees(timeline)]
    .filter(([id]) => nodes.has(id))
    .map(([id, degree]) => ({ node: nodes.get(id)!, degree }))
    .sort((a, b) => b.degree - a.degree || a.node.name.localeCompare(b.node.name))
    .slice(0, size);
  const events = new Map(
    timeline.nodes.filter((node) => EVENT_TYPES.includes(node.type)).map((n) => [n.id, n]),
  );
  const latest = [...eventDates(timeline, events)]
    .map(([id, date]) => ({ node: events.get(id)!, date }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.node.name.localeCompare(b.node.name));
  const month = latest[0]?.date.slice(0, 7);
  const start = month
    ? { month, ids: latest.filter((event) => event.date.startsWith(month)).map((event) => event.node.id) }
    : null;
  return { counts, hubs, latest: latest.slice(0, size), start };
}
