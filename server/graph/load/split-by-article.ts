// A newsgraph/1 document → one slice per article: everything that article is evidence for. Each slice
// is written in its own transaction (or batch), so an article is loaded all-in or not at all.
import { createHash } from 'node:crypto';
import type {
  ArticleRecord,
  EntityRecord,
  GraphDocument,
  MentionRecord,
  RelationRecord,
} from '../../../schema/exchange.ts';

export interface ArticleSlice {
  readonly article: ArticleRecord;
  /** Entities its mentions and relations touch. */
  readonly entities: EntityRecord[];
  /** Relations it supports, with only its own sources. */
  readonly relations: RelationRecord[];
  readonly mentions: MentionRecord[];
  /** Hash of the article and of its evidence: same hash, nothing to write again. */
  readonly contentHash: string;
}

export interface SplitDocument {
  readonly slices: ArticleSlice[];
  /** Entities that no article mentions or relates (kept so an import loses nothing). */
  readonly orphans: EntityRecord[];
}

export function splitByArticle(doc: GraphDocument): SplitDocument {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const used = new Set<string>();
  const slices = doc.articles.map((article) => {
    const mentions = doc.mentions.filter((mention) => mention.articleId === article.id);
    const relations = doc.relations.flatMap((relation) => {
      const sources = relation.sources.filter((source) => source.articleId === article.id);
      return sources.length > 0 ? [{ ...relation, sources }] : [];
    });
    const ids = new Set([...mentions.map((m) => m.entityId), ...relations.flatMap((r) => [r.from, r.to])]);
    for (const id of ids) used.add(id);
    const sliceEntities = [...ids].sort().flatMap((id) => entities.get(id) ?? []);
    const body = { article, entities: sliceEntities, relations, mentions };
    return { ...body, contentHash: hashOf(body) };
  });
  return { slices, orphans: doc.entities.filter((entity) => !used.has(entity.id)) };
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
