import DataLoader from 'dataloader';
import { type ClaimRow, readClaims } from '../../graph/queries/claims.ts';
import { type EdgeKey, readEdgeSources } from '../../graph/queries/edge-sources.ts';
import { readEdgesByIds } from '../../graph/queries/edges-by-ids.ts';
import { readArticlesByIds, readArticleTexts, readEntitiesByIds } from '../../graph/queries/lookups.ts';
import { readArticleMentions, readMentionedIn } from '../../graph/queries/mentions.ts';
import {
  type EntityWithRelations,
  type RelationFilter,
  type RelationRow,
  readEntitiesWithRelations,
  readRelationsOf,
} from '../../graph/queries/relations-of.ts';
import type { ArticleRow, EdgeRow, EntityRow, SourceRow } from '../../graph/queries/rows.ts';
import type { GraphReader } from '../../graph/queries/run-read.ts';

export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  edge: DataLoader<string, EdgeRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  articleText: DataLoader<string, string | null>;
  articleMentions: DataLoader<string, EntityRow[]>;
  /** Keyed by entity id + filter: one query per distinct filter in a batch. */
  relations: DataLoader<{ id: string; filter: RelationFilter }, RelationRow[], string>;
  /** An entity read together with the relations its request selects (one query instead of two). */
  entityWithRelations: DataLoader<{ id: string; filter: RelationFilter }, EntityWithRelations, string>;
  /** With `knownAt`, only the articles published by then. */
  mentionedIn: DataLoader<{ id: string; first: number; knownAt?: string | null }, ArticleRow[], string>;
  edgeSources: DataLoader<EdgeKey, SourceRow[], string>;
  /** Claims about a relation or an event, by its id. */
  claims: DataLoader<string, ClaimRow[]>;
}

// Per-request DataLoaders: one `IN $ids` query per batch, results in key order.
export function createLoaders(reader: GraphReader): Loaders {
  const article = new DataLoader((ids: readonly string[]) => readArticlesByIds(reader, ids));
  // Relations bring their first sources' articles along; priming saves that lookup.
  const primeArticles = (lists: RelationRow[][]) => {
    for (const relation of lists.flat()) for (const row of relation.articles) article.prime(row.id, row);
    return lists;
  };
  return {
    entity: new DataLoader((ids) => readEntitiesByIds(reader, ids)),
    edge: new DataLoader((ids) => readEdgesByIds(reader, ids)),
    article,
    articleText: new DataLoader((ids) => readArticleTexts(reader, ids)),
    articleMentions: new DataLoader((ids) => readArticleMentions(reader, ids)),
    relations: new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) => k.filter,
          (ids, filter) => readRelationsOf(reader, ids, filter).then(primeArticles),
        ),
      { cacheKeyFn: relationKey },
    ),
    entityWithRelations: new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) => k.filter,
          async (ids, filter) => {
            const found = await readEntitiesWithRelations(reader, ids, filter);
            primeArticles(found.map((f) => f.relations));
            return found;
          },
        ),
      { cacheKeyFn: relationKey },
    ),
    claims: new DataLoader((ids) => readClaims(reader, ids)),
    edgeSources: new DataLoader((keys) => readEdgeSources(reader, keys), {
      cacheKeyFn: (k) => `${k.type}|${k.id}|${k.knownAt ?? ''}`,
    }),
    mentionedIn: new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) => ({ first: k.first, knownAt: k.knownAt ?? null }),
          (ids, { first, knownAt }) => readMentionedIn(reader, ids, first, knownAt),
        ),
      { cacheKeyFn: (k) => `${k.id}\u0000${k.first}\u0000${k.knownAt ?? ''}` },
    ),
  };
}

const relationKey = (k: { id: string; filter: RelationFilter }) => `${k.id}\u0000${JSON.stringify(k.filter)}`;

/** Splits a batch by its shared arguments, runs one query per group and puts results back in key order. */
async function batchByGroup<K extends { id: string }, G, V>(
  keys: readonly K[],
  groupOf: (key: K) => G,
  load: (ids: string[], group: G) => Promise<V[]>,
): Promise<V[]> {
  const groups = new Map<string, { group: G; indexes: number[] }>();
  keys.forEach((key, index) => {
    const group = groupOf(key);
    const name = JSON.stringify(group);
    const entry = groups.get(name) ?? { group, indexes: [] };
    entry.indexes.push(index);
    groups.set(name, entry);
  });
  const results = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async ({ group, indexes }) => {
      const values = await load(
        indexes.map((i) => keys[i]!.id),
        group,
      );
      indexes.forEach((keyIndex, i) => {
        results[keyIndex] = values[i]!;
      });
    }),
  );
  return results;
}
