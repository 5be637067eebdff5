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

/** One pass over mentions and sources, grouped by article: filtering per article was quadratic. */
export function splitByArticle(doc: GraphDocument): SplitDocument {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const mentionsOf = groupMentions(doc.mentions);
  const relationsOf = groupRelations(doc.relations);
  const used = new Set<string>();
  const slices = doc.articles.map((article) => {
    const mentions = mentionsOf.get(article.id) ?? [];
    const relations = relationsOf.get(article.id) ?? [];
    const ids = new Set([...mentions.map((m) => m.entityId), ...relations.flatMap((r) => [r.from, r.to])]);
    for (const id of ids) used.add(id);
    const sliceEntities = [...ids].sort().flatMap((id) => entities.get(id) ?? []);
    const body = { article, entities: sliceEntities, relations, mentions };
    return { ...body, contentHash: hashOf(body) };
  });
  return { slices, orphans: doc.entities.filter((entity) => !used.has(entity.id)) };
}

function groupMentions(mentions: readonly MentionRecord[]): Map<string, MentionRecord[]> {
  const byArticle = new Map<string, MentionRecord[]>();
  for (const mention of mentions) push(byArticle, mention.articleId, mention);
  return byArticle;
}

/** Each relation once per article it has sources in, carrying only that article's sources (in order). */
function groupRelations(relations: readonly RelationRecord[]): Map<string, RelationRecord[]> {
  const byArticle = new Map<string, RelationRecord[]>();
  for (const relation of relations) {
    const sourcesOf = new Map<string, RelationRecord['sources'][number][]>();
    for (const source of relation.sources) push(sourcesOf, source.articleId, source);
    for (const [articleId, sources] of sourcesOf) push(byArticle, articleId, { ...relation, sources });
  }
  return byArticle;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
