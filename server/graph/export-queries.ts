// Cypher for export: every stored article, entity, relation, claim, correction and mention, in a stable
// order. A fact's support stays in the store: the importer derives it again from the claims.
import type { CypherQuery } from './queries/cypher-query.ts';
import { relationTypesPattern } from './queries/relation-types-pattern.ts';
import { SUPPORT_KEY } from './stored-keys.ts';

export const exportQueries = {
  articles: (): CypherQuery => ({
    cypher: `MATCH (a:Article)
      RETURN a.id AS id, a.title AS title, a.url AS url, a.publisher AS publisher,
        a.publishedAt AS publishedAt, a.language AS language, a.text AS text, a.extractor AS extractor,
        a.dispatch AS dispatch
      ORDER BY id`,
    params: {},
  }),
  entities: (): CypherQuery => ({
    cypher: `MATCH (e:Entity) RETURN labels(e) AS labels, e {.*, ${SUPPORT_KEY}: null} AS props ORDER BY e.id`,
    params: {},
  }),
  relations: (): CypherQuery => ({
    cypher: `MATCH (x:Entity)-[r:${relationTypesPattern()}]->(y:Entity)
      RETURN type(r) AS type, x.id AS from, y.id AS to, r {.*, ${SUPPORT_KEY}: null} AS props ORDER BY r.id`,
    params: {},
  }),
  claims: (): CypherQuery => ({
    cypher: `MATCH (c:Claim)
      RETURN c {.about, .articleId, .quote, .start, .end, .date, .datePrecision, .values, .modality, .saidBy,
        .confidence, .extractor, .rule, .dispatch} AS claim
      ORDER BY c.about, c.articleId, c.start, c.end`,
    params: {},
  }),
  corrections: (): CypherQuery => ({
    cypher: 'MATCH (k:Correction) RETURN properties(k) AS correction ORDER BY k.createdAt, k.id',
    params: {},
  }),
  mentions: (): CypherQuery => ({
    cypher: `MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
      RETURN a.id AS articleId, e.id AS entityId, m.starts AS starts, m.ends AS ends, m.texts AS texts
      ORDER BY articleId, entityId`,
    params: {},
  }),
};
