// Cypher for removing articles' evidence. A fact keeps its other articles' sources; a fact only they
// supported disappears; an entity left with no mention and no relation disappears too. Each article
// lists the facts it supports (`factKeys`, "TYPE|id"), so removal seeks them through the relationship
// id indexes instead of scanning every fact in the graph.
import type { RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';

export const factKey = (type: RelationType, id: string): string => `${type}|${id}`;

/** Which of the articles exist, and whether they were loaded before articles listed their facts. */
export function storedArticlesQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id})
      RETURN a.id AS id, a.factKeys IS NULL AS legacy, coalesce(a.factKeys, []) AS factKeys`,
    params: { ids },
  };
}

/**
 * The facts of one type that the articles support: deleted when only they supported them (returning
 * their endpoints), otherwise stripped of the articles' sources with the count recomputed.
 */
export function removeFactsQuery(type: RelationType, factIds: string[], ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $factIds AS factId
      MATCH (x:Entity)-[r:${type} {id: factId}]->(y:Entity)
      ${stripSources}`,
    params: { factIds, ids },
  };
}

/** Fallback for articles stored without `factKeys`: scans every fact of the type. */
export function removeFactsByScanQuery(type: RelationType, ids: string[]): CypherQuery {
  return {
    cypher: `MATCH (x:Entity)-[r:${type}]->(y:Entity)
      WHERE any(a IN r.sourceArticleIds WHERE a IN $ids)
      ${stripSources}`,
    params: { ids },
  };
}

const stripSources = `WITH DISTINCT x, y, r, coalesce(r.sourceArticleIds, []) AS ids
      WITH x, y, r, ids, [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN $ids] AS keep
      WITH x, y, r, keep, [i IN keep | ids[i]] AS keptIds, [i IN keep | r.sourceQuotes[i]] AS quotes,
        [i IN keep | r.sourceStarts[i]] AS starts, [i IN keep | r.sourceEnds[i]] AS ends
      FOREACH (_ IN CASE WHEN size(keep) > 0 THEN [1] ELSE [] END |
        SET r.sourceArticleIds = keptIds, r.sourceQuotes = quotes, r.sourceStarts = starts, r.sourceEnds = ends,
          r.sourceCount = size(reduce(acc = [], a IN keptIds | CASE WHEN a IN acc THEN acc ELSE acc + a END)))
      FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)
      WITH x, y, size(keep) = 0 AS deleted
      RETURN sum(CASE WHEN deleted THEN 1 ELSE 0 END) AS deleted, sum(CASE WHEN deleted THEN 0 ELSE 1 END) AS trimmed,
        [p IN collect(CASE WHEN deleted THEN [x.id, y.id] END) WHERE p IS NOT NULL | p] AS ends`;

/** The articles themselves with their MENTIONS edges; returns the entities they mentioned. */
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

export function deleteOrphanEntitiesQuery(entityIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $entityIds AS id
      MATCH (e:Entity {id: id})
      WHERE NOT (e)--()
      DELETE e`,
    params: { entityIds },
  };
}
