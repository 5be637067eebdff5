// Cypher for loading: one statement per label or relationship type, the label/type taken from the
// allow-lists of schema/graph-model.ts, every value from $rows. MERGE on id makes re-runs idempotent.
import type { EntityType, RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import type { ArticleRow, EntityRow, MentionRow, RelationRow } from './load-rows.ts';

export function articleHashesQuery(ids: string[]): CypherQuery {
  return {
    cypher: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS contentHash',
    params: { ids },
  };
}

export function mergeArticlesQuery(rows: ArticleRow[]): CypherQuery {
  return {
    cypher:
      'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props, a.factKeys = row.factKeys',
    params: { rows },
  };
}

/**
 * Aliases accumulate across articles (set union, first-seen order); searchText feeds the full-text index.
 * Values are computed first and written by one SET, so the plan has a single Eager (from the map SET).
 */
export function mergeEntitiesQuery(type: EntityType, rows: EntityRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MERGE (e:Entity {id: row.id})
      WITH e, row, reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
      SET e:${type}, e += row.props, e.name = row.name, e.aliases = aliases,
        e.searchText = reduce(s = row.name, a IN aliases | s + ' | ' + a)`,
    params: { rows },
  };
}

/** One MENTIONS edge per (article, entity) with parallel offset lists; replaced as a whole. */
export function mergeMentionsQuery(rows: MentionRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MATCH (a:Article {id: row.articleId})
      MATCH (e:Entity {id: row.entityId})
      MERGE (a)-[m:MENTIONS]->(e)
      SET m.starts = [x IN row.starts | toInteger(x)], m.ends = [x IN row.ends | toInteger(x)], m.texts = row.texts`,
    params: { rows },
  };
}

/**
 * A fact is one relationship whatever the number of articles stating it: this article's sources replace
 * any it had there before (idempotent), others' stay, and sourceCount counts distinct articles.
 */
export function mergeRelationsQuery(type: RelationType, rows: RelationRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MATCH (x:Entity {id: row.from})
      MATCH (y:Entity {id: row.to})
      MERGE (x)-[r:${type} {id: row.id}]->(y)
      WITH r, row, coalesce(r.sourceArticleIds, []) AS ids
      WITH r, row, ids, [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN row.articleIds] AS keep
      WITH r, row, keep, [i IN keep | ids[i]] + row.sourceArticleIds AS sourceIds
      SET r += row.props, r.sourceArticleIds = sourceIds,
        r.sourceQuotes = [i IN keep | r.sourceQuotes[i]] + row.sourceQuotes,
        r.sourceStarts = [i IN keep | r.sourceStarts[i]] + [x IN row.sourceStarts | toInteger(x)],
        r.sourceEnds = [i IN keep | r.sourceEnds[i]] + [x IN row.sourceEnds | toInteger(x)],
        r.sourceCount = size(reduce(acc = [], a IN sourceIds | CASE WHEN a IN acc THEN acc ELSE acc + a END))`,
    params: { rows },
  };
}
