// Cypher for removing articles' evidence. A fact keeps its other articles' sources; a fact only they
// supported disappears; an entity left with no mention and no relation disappears too.
import { RELATION_TYPES } from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';

const relationPattern = `(x:Entity)-[r:${RELATION_TYPES.join('|')}]->(y:Entity)`;

/** Relations sourced only by the removed articles: deleted; returns their endpoints. */
export function deleteSoleRelationsQuery(ids: string[]): CypherQuery {
  return {
    cypher: `MATCH ${relationPattern}
      WHERE r.sourceArticleIds IS NOT NULL AND all(a IN r.sourceArticleIds WHERE a IN $ids)
      DELETE r
      RETURN count(*) AS deleted, collect(DISTINCT x.id) + collect(DISTINCT y.id) AS touched`,
    params: { ids },
  };
}

/** Relations the removed articles shared with others: their sources are dropped, the count recomputed. */
export function trimSharedRelationsQuery(ids: string[]): CypherQuery {
  return {
    cypher: `MATCH ${relationPattern}
      WHERE any(a IN r.sourceArticleIds WHERE a IN $ids)
      WITH r, r.sourceArticleIds AS ids, r.sourceQuotes AS quotes, r.sourceStarts AS starts, r.sourceEnds AS ends
      WITH r, ids, quotes, starts, ends, [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN $ids] AS keep
      SET r.sourceArticleIds = [i IN keep | ids[i]], r.sourceQuotes = [i IN keep | quotes[i]],
        r.sourceStarts = [i IN keep | starts[i]], r.sourceEnds = [i IN keep | ends[i]]
      WITH r
      SET r.sourceCount = size(reduce(acc = [], a IN r.sourceArticleIds | CASE WHEN a IN acc THEN acc ELSE acc + a END))
      RETURN count(r) AS trimmed`,
    params: { ids },
  };
}

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
