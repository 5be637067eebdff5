// What the first screen says about the data: counts by type, the most connected entities, the latest
// events and a starting graph, as the server computes them over the whole graph (Query.overview).
import { ENTITY_TYPES } from '../../../schema/graph-model.ts';
import type { EntityType, OverviewData } from '../api/types.ts';

/** An entity as the first screen lists it: enough to name it and open it. */
export interface OverviewEntity {
  id: string;
  type: EntityType;
  name: string;
}

export interface Hub {
  node: OverviewEntity;
  degree: number;
}

export interface LatestEvent {
  node: OverviewEntity;
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

const entity = (e: { entityId: string; type: EntityType; name: string }): OverviewEntity => ({
  id: e.entityId,
  type: e.type,
  name: e.name,
});

/** The server's overview as the first screen shows it: every entity type counted, in the model's order. */
export function toOverview(data: OverviewData): Overview {
  return {
    counts: ENTITY_TYPES.map((type) => ({
      type,
      count: data.counts.find((entry) => entry.type === type)?.count ?? 0,
    })),
    hubs: data.hubs.map((hub) => ({ node: entity(hub.entity), degree: hub.degree })),
    latest: data.latestEvents.map((event) => ({ node: entity(event.entity), date: event.date })),
    start:
      data.startingGraph && data.startingGraph.events.length > 0
        ? { month: data.startingGraph.month, ids: data.startingGraph.events }
        : null,
  };
}
