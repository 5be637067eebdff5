// One function per GraphQL operation the explorer uses, each returning data typed by the types generated
// from the schema (generated/operations.ts).

import type { Evidence } from '../table/fact-table.ts';
import {
  EDGE_SOURCES_QUERY,
  ENTITY_QUERY,
  EVENT_CLAIMS_QUERY,
  EVIDENCE_QUERY,
  NEIGHBORHOOD_QUERY,
  OVERVIEW_QUERY,
  PATHS_QUERY,
  SEARCH_QUERY,
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
  OverviewQuery,
  OverviewQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated/operations.ts';
import { graphqlRequest } from './graphql-request.ts';
import type { EdgeSources, EntityDetails, EventClaims, OverviewData, SearchHit, Subgraph } from './types.ts';

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

/** The first screen's data: counts by type, the `first` most connected and latest events, the latest month. */
export async function fetchOverview(first = 8): Promise<OverviewData> {
  const data = await graphqlRequest<OverviewQuery, OverviewQueryVariables>(OVERVIEW_QUERY, { first });
  return data.overview;
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

/**
 * Edges a request asks evidence for: 100 facts with 100 sources each stay under the server's work
 * threshold for pacing, so the requests of a large export are never delayed.
 */
export const EVIDENCE_BATCH = 100;

/** Modality and sources (up to 100 each) of the relations `edgeIds`: the table's and exports' data. */
export async function fetchEvidence(edgeIds: readonly string[]): Promise<Map<string, Evidence>> {
  const ids = [...new Set(edgeIds)];
  const batches = Array.from({ length: Math.ceil(ids.length / EVIDENCE_BATCH) }, (_, i) =>
    ids.slice(i * EVIDENCE_BATCH, (i + 1) * EVIDENCE_BATCH),
  );
  const answers = await Promise.all(
    batches.map((batch) =>
      graphqlRequest<EvidenceQuery, EvidenceQueryVariables>(EVIDENCE_QUERY, { ids: batch }),
    ),
  );
  // A relation removed since it was drawn answers null: it has no evidence to show.
  const edges = answers.flatMap((data) => data.edges.flatMap((edge) => (edge ? [edge] : [])));
  return new Map(edges.map((edge) => [edge.id, edge]));
}
