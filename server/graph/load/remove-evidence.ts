import { isRelationType } from '../../../schema/graph-model.ts';
import type { Tx } from '../tx.ts';
import { type FactKey, recomputeFacts } from './recompute-facts.ts';
import {
  deleteArticlesQuery,
  deleteClaimsOfQuery,
  deleteMentionsOfQuery,
  deleteOrphanEntitiesQuery,
} from './remove-queries.ts';

export interface RemovalCounts {
  /** Ids of the articles that existed and were removed. */
  readonly articles: string[];
  readonly relationsDeleted: number;
  /** Facts that keep other articles' claims, derived again without these. */
  readonly relationsTrimmed: number;
  readonly entitiesDeleted: number;
}

/** Removes articles and everything only they supported, inside the caller's transaction. */
export async function removeEvidence(tx: Tx, ids: string[]): Promise<RemovalCounts> {
  const { keys, mentioned } = await removeClaimsAndMentions(tx, ids);
  const articles = await tx.run<{ id: string; mentioned: string[] }>(deleteArticlesQuery(ids));
  const recomputed = await recomputeFacts(tx, keys);
  const orphans = await tx.update(
    deleteOrphanEntitiesQuery([...mentioned, ...recomputed.touched, ...keys.map((k) => k.about)]),
  );
  const relationKeys = keys.filter((k) => isRelationType(k.factType)).length;
  return {
    articles: articles.map((article) => article.id),
    relationsDeleted: recomputed.relationsDeleted,
    relationsTrimmed: relationKeys - recomputed.relationsDeleted,
    entitiesDeleted: orphans.nodesDeleted,
  };
}

/**
 * Takes out the articles' claims and mentions (the articles stay, to be written again); returns the
 * facts to derive again and the entities that lost a mention.
 */
export async function removeClaimsAndMentions(
  tx: Tx,
  ids: string[],
): Promise<{ keys: FactKey[]; mentioned: string[] }> {
  const keys = await tx.run<FactKey>(deleteClaimsOfQuery(ids));
  const mentioned = await tx.run<{ entityId: string }>(deleteMentionsOfQuery(ids));
  return { keys, mentioned: mentioned.map((row) => row.entityId) };
}
