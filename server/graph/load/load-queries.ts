// Cypher for loading: one statement per label or relationship type, the label/type taken from the
// allow-lists of schema/graph-model.ts, every value from $rows. MERGE on id makes re-runs idempotent.
// Nothing here reads a shared value and writes it back without holding its lock first.
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import type { ArticleRow, ClaimRow, EntityRow, MentionRow } from './load-rows.ts';

/**
 * The articles, created when new and locked either way, with the fingerprint they were stored with: a
 * second load of the same article waits here for the first to commit, then sees it unchanged.
 */
export function lockArticlesQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      MERGE (a:Article {id: id})
      ON CREATE SET a._created = true
      SET a._lock = true REMOVE a._lock
      RETURN a.id AS id, a.fingerprint AS fingerprint, a._created IS NOT NULL AS created`,
    params: { ids: [...ids].sort() },
  };
}

/** Entities locked (created bare when absent) before anything is read that depends on them. */
export function lockEntitiesQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      MERGE (e:Entity {id: id})
      SET e._lock = true REMOVE e._lock`,
    params: { ids: [...new Set(ids)].sort() },
  };
}

export function writeArticlesQuery(rows: ArticleRow[], ingestedAt: string): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MATCH (a:Article {id: row.id})
      SET a = row.props, a.id = row.id, a.ingestedAt = $ingestedAt`,
    params: { rows, ingestedAt },
  };
}

/**
 * Aliases are a sorted set union (the same whatever order articles came in), read after the node's
 * lock so a concurrent load cannot lose them; searchText feeds the full-text index. An event keeps the
 * name it was created with until its claims give one.
 */
export function mergeEntitiesQuery(type: EntityType, rows: EntityRow[], isEvent: boolean): CypherQuery {
  const name = isEvent ? 'coalesce(e.name, row.name)' : 'row.name';
  return {
    cypher: `UNWIND $rows AS row
      MERGE (e:Entity {id: row.id})
      SET e:${type}, e._lock = true
      REMOVE e._lock
      WITH e, row, COLLECT {
        UNWIND coalesce(e.aliases, []) + row.aliases AS alias
        WITH DISTINCT alias ORDER BY alias
        RETURN alias
      } AS aliases
      SET e += row.props, e.name = ${name}, e.aliases = aliases,
        e.searchText = reduce(s = ${name}, a IN aliases | s + ' | ' + a)`,
    params: { rows },
  };
}

/** Offsets are stored as integers: sent as such, so that the statement sets each property once. */
const int = (n: number) => neo4j.int(n);

/**
 * Claims belong to one article each and are written only for an article whose earlier claims are gone
 * (new, or replaced under its lock): plain CREATE, no lookup.
 */
export function createClaimsQuery(rows: ClaimRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      CREATE (c:Claim)
      SET c = row`,
    params: { rows: rows.map((row) => ({ ...row, start: int(row.start), end: int(row.end) })) },
  };
}

/**
 * One MENTIONS edge per (article, entity) with parallel offset lists, owned by the article alone and
 * written, like its claims, only once its earlier ones are gone.
 */
export function createMentionsQuery(rows: MentionRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MATCH (a:Article {id: row.articleId})
      MATCH (e:Entity {id: row.entityId})
      CREATE (a)-[:MENTIONS {starts: row.starts, ends: row.ends, texts: row.texts}]->(e)`,
    params: { rows: rows.map((row) => ({ ...row, starts: row.starts.map(int), ends: row.ends.map(int) })) },
  };
}
