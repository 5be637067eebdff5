// One function per GraphQL operation the explorer uses, each returning data typed by the types generated
// from the schema (generated/operations.ts).

import type { LabelCount } from '../overview/overview.ts';
import type { Evidence } from '../table/fact-table.ts';
import {
  EDGE_SOURCES_QUERY,
  ENTITY_QUERY,
  EVENT_CLAIMS_QUERY,
  EVIDENCE_QUERY,
  NEIGHBORHOOD_QUERY,
  PATHS_QUERY,
  SEARCH_QUERY,
  STATS_QUERY,
  TIMELINE_QUERY,
} from './api-queries.ts';
import type {
  EdgeSourcesQuery,
  EdgeSourcesQueryVariables,
  EntityQuery,
  EntityQueryVariables,
  EventClaimsQuery,
  EventClaimsQueryVariables,
  EvidenceQuery,
  EvidenceQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  StatsQuery,
  StatsQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated/operations.ts';
import { graphqlRequest } from './graphql-request.ts';
import type { EdgeSources, EntityDetails, EventClaims, SearchHit, Subgraph } from './types.ts';

export async function searchEntities(query: string, first = 8): Promise<SearchHit[]> {
  const data = await graphqlRequest<SearchQuery, SearchQueryVariables>(SEARCH_QUERY, { query, first });
  return data.search;
}

export type NeighborhoodArgs = NeighborhoodQueryVariables & {
  ids: string[];
  /** The graph as its sources had published it by this date. */
  knownAt?: string | null;
};

export async function fetchNeighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await graphqlRequest<NeighborhoodQuery, NeighborhoodQueryVariables>(NEIGHBORHOOD_QUERY, {
    depth: 1,
    limit: 300,
    ...args,
  });
  return data.neighborhood;
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await graphqlRequest<EntityQuery, EntityQueryVariables>(ENTITY_QUERY, { id });
  return data.entity;
}

/** Sources of one edge by its id (null when the edge is gone). */
export async function fetchEdgeSources(edgeId: string): Promise<EdgeSources | null> {
  const data = await graphqlRequest<EdgeSourcesQuery, EdgeSourcesQueryVariables>(EDGE_SOURCES_QUERY, {
    id: edgeId,
  });
  return data.edge;
}

export type PathArgs = PathsQueryVariables;

/** Shortest paths first; the API allows up to 6 hops and 20 paths. */
export async function fetchPaths(args: PathArgs): Promise<Subgraph[]> {
  const data = await graphqlRequest<PathsQuery, PathsQueryVariables>(PATHS_QUERY, {
    maxHops: 4,
    first: 8,
    ...args,
  });
  return data.paths;
}

export async function fetchStats(): Promise<LabelCount[]> {
  const data = await graphqlRequest<StatsQuery, StatsQueryVariables>(STATS_QUERY, {});
  return data.stats.nodes;
}

/** Dated relations in date order with their endpoints; the server caps them at `first` (≤ 500). */
export async function fetchTimeline(first = 500): Promise<Subgraph> {
  const data = await graphqlRequest<TimelineQuery, TimelineQueryVariables>(TIMELINE_QUERY, { first });
  return data.timeline;
}

/** What the sources say about an attack or an agreement; null for other entities. */
export async function fetchEventClaims(id: string): Promise<EventClaims | null> {
  const data = await graphqlRequest<EventClaimsQuery, EventClaimsQueryVariables>(EVENT_CLAIMS_QUERY, { id });
  return data.entity;
}

/** Modality and sources of every relation in the neighbourhoods of `ids`: the table's and exports' data. */
export async function fetchEvidence(ids: string[]): Promise<Map<string, Evidence>> {
  if (ids.length === 0) return new Map();
  const data = await graphqlRequest<EvidenceQuery, EvidenceQueryVariables>(EVIDENCE_QUERY, {
    ids,
    limit: 300,
  });
  return new Map(data.neighborhood.edges.map((edge) => [edge.id, edge]));
}
