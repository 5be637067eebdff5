// @neo4j/graphql type definitions for the graph as stored, and the bench's three queries written for
// the API it generates. What differs from ours, said plainly:
// - One `Entity` type on the Entity label (the per-type labels are read through a @cypher `type`): the
//   library wants one target type per relationship field, and every relation type reaches several.
// - One relationship field per relation type, queried undirected (a relationship field has one type).
//   "Relations oldest first, at most 100" becomes "at most 100 per type, oldest first".
// - Sources are claims joined on `about = relationship id`, which no @relationship can express: a @cypher
//   field on the relationship properties reads them (and the claim's article, by `articleId`).
// - Neighbourhood depth 2 has no generated equivalent (no variable-length patterns): two nested levels
//   of every relationship field, capped per field; the result is a tree (edges among the reached nodes
//   are not read) that the client would deduplicate.
// - The fact view's `hidden IS NULL` filter is left out, as in the hand-written ceiling.
import { RELATION_TYPES } from '../schema/graph-model.ts';

/** OFFICIAL_OF → officialOf: the field each relation type gets. */
const fieldOf = (type: string) => type.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

const relationFields = RELATION_TYPES.map(
  (type) =>
    `  ${fieldOf(type)}: [Entity!]! @relationship(type: "${type}", direction: OUT, queryDirection: UNDIRECTED, properties: "Fact")`,
).join('\n');

export const PEER_TYPE_DEFS = `
type Entity @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entitySearch", queryName: "searchEntities", fields: ["name", "searchText"] }]) {
  id: ID!
  name: String!
  searchText: String
  type: String! @cypher(statement: "RETURN [l IN labels(this) WHERE l <> 'Entity'][0] AS type", columnName: "type")
${relationFields}
}

type Fact @relationshipProperties {
  id: ID!
  date: String
  datePrecision: String
  confidence: Float
  sourceCount: Int
  modality: String
  hidden: Boolean
  sources: [Claim!]! @cypher(statement: """
    MATCH (c:Claim {about: this.id}) RETURN c ORDER BY c.articleId, c.start, c.end LIMIT 20
  """, columnName: "c")
}

type Claim @node {
  id: ID!
  about: ID!
  articleId: ID!
  quote: String!
  start: Int!
  end: Int!
  article: Article @cypher(statement: "MATCH (a:Article {id: this.articleId}) RETURN a", columnName: "a")
}

type Article @node {
  id: ID!
  title: String
  publishedAt: String
}
`;

export const PEER_SEARCH = `query($q: String!) { searchEntities(phrase: $q, first: 10, sort: [{ score: DESC }]) {
  edges { score node { id type name } } } }`;

const entityRelations = RELATION_TYPES.map(
  (type) => `${fieldOf(type)}Connection(first: 100, sort: [{ edge: { date: ASC } }]) { edges {
    node { id name } properties { date sources { quote article { title publishedAt } } } } }`,
).join('\n');

export const PEER_ENTITY = `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name
${entityRelations} } }`;

/**
 * Caps per relationship field on the first and the second level: a hub of the bench graph then answers
 * a few hundred distinct nodes, near the 300 of ours and the ceiling's (without caps, tens of thousands).
 */
const NEIGHBOR_CAPS = [30, 5] as const;

const level = (cap: number, inner: string) =>
  RELATION_TYPES.map(
    (type) =>
      `${fieldOf(type)}Connection(first: ${cap}) { edges { properties { id date } node { id type name ${inner} } } }`,
  ).join('\n');

export const PEER_NEIGHBORHOOD = `query($id: ID!) { entities(where: { id: { eq: $id } }) { id type name
${level(NEIGHBOR_CAPS[0], level(NEIGHBOR_CAPS[1], ''))} } }`;
