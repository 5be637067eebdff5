// Hand-written Cypher for the same data the GraphQL scenarios fetch (edge ids and directions included):
// the ceiling the API is measured against. Written directly, without the API's query builders. It reads
// no review state, so it keeps relations an analyst hid, and caps no edges: never less than ours.
import { RELATION_TYPES } from '../schema/graph-model.ts';
import type { CypherQuery } from '../server/graph/queries/cypher-query.ts';
import type { Graph } from '../server/graph/tx.ts';
import { readQuery } from '../server/graph/tx.ts';

/** Relations only, as the API walks them: never an article's MENTIONS. */
const RELATIONS = RELATION_TYPES.join('|');

export const searchCeiling = (graph: Graph, lucene: string) => readQuery(graph, searchCeilingQuery(lucene));
export const entityCeiling = (graph: Graph, id: string) => readQuery(graph, entityCeilingQuery(id));
export const neighborhoodCeiling = (graph: Graph, id: string) =>
  readQuery(graph, neighborhoodCeilingQuery(id));

export function searchCeilingQuery(lucene: string): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entitySearch', $lucene, {limit: 50}) YIELD node, score
      RETURN node.id AS id, labels(node) AS labels, node.name AS name, score ORDER BY score DESC LIMIT 10`,
    params: { lucene },
  };
}

export function entityCeilingQuery(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
      CALL { WITH n MATCH (n)-[r:${RELATIONS}]-(m:Entity) RETURN r, m ORDER BY r.date LIMIT 100 }
      WITH n, r, m, COLLECT { MATCH (c:Claim {about: r.id}) RETURN c ORDER BY c.articleId, c.start LIMIT 20 } AS claims
      CALL { WITH claims UNWIND claims AS c MATCH (a:Article {id: c.articleId})
        RETURN collect({title: a.title, publishedAt: a.publishedAt}) AS articles }
      RETURN n.name AS name, startNode(r) = n AS outgoing, type(r) AS type, r.date AS date,
        [c IN claims | c.quote] AS quotes, articles, m.id AS other, m.name AS otherName`,
    params: { id },
  };
}

export function neighborhoodCeilingQuery(id: string): CypherQuery {
  return {
    cypher: `MATCH (s:Entity {id: $id})-[:${RELATIONS}*1..2]-(m:Entity)
      WITH s, collect(DISTINCT m)[0..300] AS ms
      WITH [s] + ms AS nodes
      UNWIND nodes AS a MATCH (a)-[r:${RELATIONS}]->(b:Entity) WHERE b IN nodes
      WITH nodes, collect({id: r.id, type: type(r), source: a.id, target: b.id, date: r.date}) AS edges
      RETURN [n IN nodes | {id: n.id, labels: labels(n), name: n.name}] AS nodes, edges`,
    params: { id },
  };
}
