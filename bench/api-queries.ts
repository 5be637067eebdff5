// The three GraphQL requests of bench:api and bench/api-breakdown.ts, and the HTTP floor.
export const SEARCH = 'query($q: String!) { search(query: $q) { score entity { entityId type name } } }';
export const ENTITY = `query($id: String!) { entity(id: $id) { entityId name
  relations { direction other { id name } edge { type date sources { quote article { title publishedAt } } } } } }`;
export const NEIGHBORHOOD = `query($id: String!) { neighborhood(ids: [$id], depth: 2, limit: 300) {
  truncated nodes { id type name } edges { id type source target date } } }`;
export const FLOOR = '{ __typename }';
