// The GraphQL operations the explorer sends, checked against schema/schema.graphql by api.test.ts.

const EDGE_FIELDS = 'id type source target date datePrecision confidence properties sourceCount';
const NODE_FIELDS = 'id type name aliases properties';
const SUBGRAPH_FIELDS = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated`;
const ARTICLE_FIELDS = 'articleId title url publisher publishedAt language';

export const SEARCH_QUERY = `query Search($query: String!, $first: Int) {
      search(query: $query, first: $first) { score entity { entityId type name aliases } }
    }`;

export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!], $entityTypes: [EntityType!]) {
      neighborhood(ids: $ids, depth: $depth, limit: $limit, relationTypes: $relationTypes, entityTypes: $entityTypes) {
        ${SUBGRAPH_FIELDS}
      }
    }`;

export const ENTITY_QUERY = `query Entity($id: String!) {
      entity(id: $id) {
        entityId type name aliases properties
        relations(first: 200) { direction edge { ${EDGE_FIELDS} } other { ${NODE_FIELDS} } }
        mentionedIn(first: 50) { ${ARTICLE_FIELDS} }
      }
    }`;

export const EDGE_SOURCES_QUERY = `query EdgeSources($id: String!) {
      edge(id: $id) {
        id type date datePrecision confidence
        sources(first: 100) { quote start end article { ${ARTICLE_FIELDS} text } }
      }
    }`;

export const PATHS_QUERY = `query Paths($from: String!, $to: String!, $maxHops: Int, $first: Int) {
      paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { ${SUBGRAPH_FIELDS} }
    }`;

export const STATS_QUERY = `query Stats { stats { nodes { label count } } }`;

export const TIMELINE_QUERY = `query Timeline($first: Int, $from: String, $to: String) {
      timeline(first: $first, from: $from, to: $to) { ${SUBGRAPH_FIELDS} }
    }`;
