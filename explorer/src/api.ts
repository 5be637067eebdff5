// One function per GraphQL operation the explorer uses, each returning typed data.
import { graphqlRequest } from './graphql-request.ts';
import type { EdgeSources, EntityDetails, EntityType, RelationType, SearchHit, Subgraph } from './types.ts';

const EDGE_FIELDS = 'id type source target date datePrecision confidence properties sourceCount';
const NODE_FIELDS = 'id type name aliases properties';
const SUBGRAPH_FIELDS = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated`;
const ARTICLE_FIELDS = 'articleId title url publisher publishedAt language';

export async function searchEntities(query: string, first = 8): Promise<SearchHit[]> {
  const data = await graphqlRequest<{ search: SearchHit[] }>(
    `query Search($query: String!, $first: Int) {
      search(query: $query, first: $first) { score entity { entityId type name aliases } }
    }`,
    { query, first },
  );
  return data.search;
}

export interface NeighborhoodArgs {
  ids: string[];
  depth?: number;
  limit?: number;
  relationTypes?: RelationType[];
  entityTypes?: EntityType[];
}

export async function fetchNeighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await graphqlRequest<{ neighborhood: Subgraph }>(
    `query Neighborhood($ids: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!], $entityTypes: [EntityType!]) {
      neighborhood(ids: $ids, depth: $depth, limit: $limit, relationTypes: $relationTypes, entityTypes: $entityTypes) {
        ${SUBGRAPH_FIELDS}
      }
    }`,
    { depth: 1, limit: 300, ...args },
  );
  return data.neighborhood;
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await graphqlRequest<{ entity: EntityDetails | null }>(
    `query Entity($id: String!) {
      entity(id: $id) {
        entityId type name aliases properties
        relations(first: 200) { direction edge { ${EDGE_FIELDS} } other { ${NODE_FIELDS} } }
        mentionedIn(first: 50) { ${ARTICLE_FIELDS} }
      }
    }`,
    { id },
  );
  return data.entity;
}

/** Sources of one edge, read through its source entity's relations (the contract has no edge lookup). */
export async function fetchEdgeSources(
  fromId: string,
  edgeId: string,
  type: RelationType,
): Promise<EdgeSources | null> {
  const data = await graphqlRequest<{
    entity: { relations: { edge: EdgeSources }[] } | null;
  }>(
    `query EdgeSources($id: String!, $types: [RelationType!]) {
      entity(id: $id) {
        relations(direction: BOTH, types: $types, first: 500) {
          edge { id type date datePrecision confidence
            sources { quote start end article { ${ARTICLE_FIELDS} text } } }
        }
      }
    }`,
    { id: fromId, types: [type] },
  );
  return data.entity?.relations.find((relation) => relation.edge.id === edgeId)?.edge ?? null;
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number;
  first?: number;
}

export async function fetchPaths(args: PathArgs): Promise<Subgraph[]> {
  const data = await graphqlRequest<{ paths: Subgraph[] }>(
    `query Paths($from: String!, $to: String!, $maxHops: Int, $first: Int) {
      paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { ${SUBGRAPH_FIELDS} }
    }`,
    { maxHops: 4, first: 3, ...args },
  );
  return data.paths;
}
