// Schema of the store, created idempotently at every start: a unique `id` per node label and per
// relationship type (which also gives MERGE its index), the indexes claims are found by, and the
// accent- and case-insensitive full-text index over names and aliases. Then the data migrations a store
// written by an earlier version needs (migrate-store.ts).
import { NODE_LABELS, RELATION_TYPES } from '../../schema/graph-model.ts';
import { migrateStore, type StoreMigration } from './migrate-store.ts';
import type { CypherQuery } from './queries/cypher-query.ts';
import { type Graph, writeTx } from './tx.ts';

export const FULLTEXT_INDEX = 'entitySearch';

const uniqueLabels = ['Entity', ...NODE_LABELS] as const;

export function migrationQueries(): CypherQuery[] {
  const constraints = uniqueLabels.map((label) => ({
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  // A fact's id is unique within its type: concurrent loads cannot duplicate it, and MERGE can seek it.
  const relationIds = RELATION_TYPES.map((type) => ({
    cypher: `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    params: {},
  }));
  const fulltext = {
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    params: {},
  };
  const indexes = [
    // Cross-run attack resolution looks stored attacks up by day; the overview reads the latest events
    // of both kinds in index order (queries/overview.ts).
    'CREATE INDEX attack_date IF NOT EXISTS FOR (n:Attack) ON (n.date)',
    'CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date)',
    // A fact's claims and corrections (derivation, sources), an article's claims (removal).
    'CREATE INDEX claim_about IF NOT EXISTS FOR (n:Claim) ON (n.about)',
    'CREATE INDEX claim_article IF NOT EXISTS FOR (n:Claim) ON (n.articleId)',
    'CREATE INDEX correction_about IF NOT EXISTS FOR (n:Correction) ON (n.about)',
  ].map((cypher) => ({ cypher, params: {} }));
  return [...constraints, ...relationIds, ...indexes, fulltext];
}

/**
 * Applies every schema statement (each in its own write transaction), waits for indexes, then migrates
 * the data of an older store; returns what that migration did (null when there was nothing to do).
 */
export async function migrate(graph: Graph): Promise<StoreMigration | null> {
  for (const query of migrationQueries()) {
    await writeTx(graph, (tx) => tx.run(query), `migration "${query.cypher.slice(0, 60)}"`);
  }
  await writeTx(graph, (tx) => tx.run({ cypher: 'CALL db.awaitIndexes(300)', params: {} }), 'await indexes');
  return migrateStore(graph);
}
