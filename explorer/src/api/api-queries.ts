// The GraphQL operations the explorer sends, checked against schema/schema.graphql by api.test.ts.

const EDGE_FIELDS = 'id type source target date datePrecision confidence properties sourceCount';
const NODE_FIELDS = 'id type name aliases properties';
const SUBGRAPH_FIELDS = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated`;
const ARTICLE_FIELDS = 'articleId title url publisher publishedAt language';

export const SEARCH_QUERY = `query Search($query: String!, $first: Int) {
      search(query: $query, first: $first) { score entity { entityId type name aliases } }
    }`;

export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!], $entityTypes: [EntityType!], $knownAt: String) {
      neighborhood(ids: $ids, depth: $depth, limit: $limit, relationTypes: $relationTypes, entityTypes: $entityTypes, knownAt: $knownAt) {
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

/** Only the type and the other end of each relation: what the expand menu counts. */
export const RELATION_ENDS_QUERY = `query RelationEnds($id: String!, $first: Int, $knownAt: String) {
      entity(id: $id) { relations(first: $first, knownAt: $knownAt) { edge { type } other { id } } }
    }`;

const CLAIM_FIELDS = `id quote start end date datePrecision values modality saidBy confidence knownAt
  article { ${ARTICLE_FIELDS} text }`;

export const EDGE_SOURCES_QUERY = `query EdgeSources($id: String!) {
      edge(id: $id) {
        id type date datePrecision confidence modality conflicting review dateFrom dateTo
        sources(first: 100) { quote start end article { ${ARTICLE_FIELDS} text } }
        claims { ${CLAIM_FIELDS} }
      }
    }`;

const ESTIMATE = 'low best high conflicting';

export const EVENT_CLAIMS_QUERY = `query EventClaims($id: String!) {
      entity(id: $id) {
        ... on Attack {
          counts { launched { ${ESTIMATE} } intercepted { ${ESTIMATE} } casualties { ${ESTIMATE} } }
          claims { ${CLAIM_FIELDS} }
        }
        ... on Agreement { validUntil claims { ${CLAIM_FIELDS} } }
      }
    }`;

const CORRECTION_FIELDS = 'id about action analyst note values createdAt undoneAt undoneBy';

export const CORRECTIONS_QUERY = `query Corrections($about: String!) {
      corrections(about: $about, first: 50) { ${CORRECTION_FIELDS} }
    }`;

export const CONFIRM_MUTATION = `mutation Confirm($id: String!, $analyst: String!, $note: String!) {
      confirmFact(id: $id, analyst: $analyst, note: $note) { ${CORRECTION_FIELDS} }
    }`;

export const REJECT_MUTATION = `mutation Reject($id: String!, $analyst: String!, $note: String!) {
      rejectFact(id: $id, analyst: $analyst, note: $note) { ${CORRECTION_FIELDS} }
    }`;

export const CORRECT_MUTATION = `mutation Correct($id: String!, $analyst: String!, $note: String!, $values: JSON!) {
      correctFact(id: $id, analyst: $analyst, note: $note, values: $values) { ${CORRECTION_FIELDS} }
    }`;

export const MERGE_MUTATION = `mutation Merge($merged: String!, $into: String!, $analyst: String!, $note: String!) {
      mergeEntities(merged: $merged, into: $into, analyst: $analyst, note: $note) { ${CORRECTION_FIELDS} }
    }`;

export const UNDO_MUTATION = `mutation Undo($id: String!, $analyst: String!) {
      undoCorrection(id: $id, analyst: $analyst) { ${CORRECTION_FIELDS} }
    }`;

export const PATHS_QUERY = `query Paths($from: String!, $to: String!, $maxHops: Int, $first: Int, $relationTypes: [RelationType!], $dateFrom: String, $dateTo: String) {
      paths(from: $from, to: $to, maxHops: $maxHops, first: $first, relationTypes: $relationTypes, dateFrom: $dateFrom, dateTo: $dateTo) {
        ${SUBGRAPH_FIELDS}
      }
    }`;

const OVERVIEW_ENTITY = 'entityId type name';

/** The first screen: counts, most connected, latest events and the latest month's events, in one request. */
export const OVERVIEW_QUERY = `query Overview($first: Int) {
      overview {
        counts { type count }
        hubs(first: $first) { degree entity { ${OVERVIEW_ENTITY} } }
        latestEvents(first: $first) { date entity { ${OVERVIEW_ENTITY} } }
        startingGraph { month events }
      }
    }`;

export const TIMELINE_QUERY = `query Timeline($first: Int, $from: String, $to: String) {
      timeline(first: $first, from: $from, to: $to) { ${SUBGRAPH_FIELDS} }
    }`;

/** Every source of the facts asked for (at most 500 ids a request; the server keeps 100 sources a fact). */
export const EVIDENCE_QUERY = `query Evidence($ids: [String!]!) {
      edges(ids: $ids) { id modality sources(first: 100) { quote start end article { ${ARTICLE_FIELDS} } } }
    }`;
