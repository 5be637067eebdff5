import type { Tx } from '../tx.ts';
import {
  deleteArticlesQuery,
  deleteOrphanEntitiesQuery,
  deleteSoleRelationsQuery,
  trimSharedRelationsQuery,
} from './remove-queries.ts';

export interface RemovalCounts {
  /** Ids of the articles that existed and were removed. */
  readonly articles: string[];
  readonly relationsDeleted: number;
  readonly relationsTrimmed: number;
  readonly entitiesDeleted: number;
}

/** Removes articles and everything only they supported, inside the caller's transaction. */
export async function removeEvidence(tx: Tx, ids: string[]): Promise<RemovalCounts> {
  const touched = new Set<string>();
  const [sole] = await tx.run<{ deleted: number; touched: string[] }>(deleteSoleRelationsQuery(ids));
  for (const id of sole?.touched ?? []) touched.add(id);
  const [trim] = await tx.run<{ trimmed: number }>(trimSharedRelationsQuery(ids));
  const articles = await tx.run<{ id: string; mentioned: string[] }>(deleteArticlesQuery(ids));
  for (const article of articles) for (const id of article.mentioned) touched.add(id);
  const orphans = await tx.update(deleteOrphanEntitiesQuery([...touched]));
  return {
    articles: articles.map((article) => article.id),
    relationsDeleted: sole?.deleted ?? 0,
    relationsTrimmed: trim?.trimmed ?? 0,
    entitiesDeleted: orphans.nodesDeleted,
  };
}
