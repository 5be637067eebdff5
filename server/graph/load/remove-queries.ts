// Cypher for taking articles' evidence out: their claims (found through the claim's article index),
// their mentions, the articles themselves, and entities nothing points at any more. The facts the
// claims were about are derived again by recompute-facts.ts.
import type { CypherQuery } from '../queries/cypher-query.ts';

/** Deletes the articles' claims; returns what each was about, to derive those facts again. */
export function deleteClaimsOfQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      MATCH (c:Claim {articleId: id})
      WITH c, c.about AS about, c.factType AS factType
      DELETE c
      RETURN DISTINCT about, factType`,
    params: { ids },
  };
}

/** Deletes the articles' MENTIONS edges (the article stays); returns the entities they mentioned. */
export function deleteMentionsOfQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
      WITH m, e.id AS entityId
      DELETE m
      RETURN DISTINCT entityId`,
    params: { ids },
  };
}

/** The articles themselves with their MENTIONS edges; returns the ids removed and what they mentioned. */
export function deleteArticlesQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      MATCH (a:Article {id: id})
      OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
      WITH a, a.id AS articleId, collect(e.id) AS mentioned
      DETACH DELETE a
      RETURN articleId AS id, mentioned`,
    params: { ids },
  };
}

/** Entities with no relationship left (no mention, no fact) and no analyst's correction about them. */
export function deleteOrphanEntitiesQuery(entityIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $entityIds AS id
      MATCH (e:Entity {id: id})
      WHERE NOT (e)--() AND NOT EXISTS { MATCH (:Correction {about: id}) }
      DELETE e`,
    params: { entityIds: [...new Set(entityIds)] },
  };
}
