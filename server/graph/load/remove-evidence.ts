import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import type { Tx } from '../tx.ts';
import {
  deleteArticlesQuery,
  deleteOrphanEntitiesQuery,
  removeFactsByScanQuery,
  removeFactsQuery,
  storedArticlesQuery,
} from './remove-queries.ts';

export interface RemovalCounts {
  /** Ids of the articles that existed and were removed. */
  readonly articles: string[];
  readonly relationsDeleted: number;
  readonly relationsTrimmed: number;
  readonly entitiesDeleted: number;
}

interface FactResult {
  deleted: number;
  trimmed: number;
  ends: string[][];
}

/** Removes articles and everything only they supported, inside the caller's transaction. */
export async function removeEvidence(tx: Tx, ids: string[]): Promise<RemovalCounts> {
  const stored = await tx.run<{ id: string; legacy: boolean; factKeys: string[] }>(storedArticlesQuery(ids));
  const touched = new Set<string>();
  let relationsDeleted = 0;
  let relationsTrimmed = 0;
  const legacy = stored.some((article) => article.legacy);
  const byType = factIdsByType(stored.flatMap((article) => article.factKeys));
  const existing = stored.map((article) => article.id);
  for (const type of RELATION_TYPES) {
    const factIds = byType.get(type) ?? [];
    if (!legacy && factIds.length === 0) continue;
    const query = legacy ? removeFactsByScanQuery(type, existing) : removeFactsQuery(type, factIds, existing);
    const [result] = await tx.run<FactResult>(query);
    relationsDeleted += result?.deleted ?? 0;
    relationsTrimmed += result?.trimmed ?? 0;
    for (const id of (result?.ends ?? []).flat()) touched.add(id);
  }
  const articles = await tx.run<{ id: string; mentioned: string[] }>(deleteArticlesQuery(existing));
  for (const article of articles) for (const id of article.mentioned) touched.add(id);
  const orphans = await tx.update(deleteOrphanEntitiesQuery([...touched]));
  return {
    articles: articles.map((article) => article.id),
    relationsDeleted,
    relationsTrimmed,
    entitiesDeleted: orphans.nodesDeleted,
  };
}

function factIdsByType(keys: string[]): Map<RelationType, string[]> {
  const byType = new Map<RelationType, Set<string>>();
  for (const key of keys) {
    const at = key.indexOf('|');
    const type = key.slice(0, at) as RelationType;
    const set = byType.get(type) ?? new Set<string>();
    set.add(key.slice(at + 1));
    byType.set(type, set);
  }
  return new Map([...byType].map(([type, set]) => [type, [...set]]));
}
