// A newsgraph/2 document → one slice per article: its claims, its mentions and the structure they
// hang on (entities, relations). Each slice is written in its own transaction (or batch), so an
// article is loaded all-in or not at all.
import { createHash } from 'node:crypto';
import type {
  ArticleRecord,
  ClaimRecord,
  EntityRecord,
  GraphDocument,
  MentionRecord,
  RelationRecord,
} from '../../../schema/exchange.ts';

/** A relation as the store keeps it: endpoints and identity; its values derive from claims. */
export type RelationShape = Pick<RelationRecord, 'id' | 'type' | 'from' | 'to'>;

export interface ArticleSlice {
  readonly article: ArticleRecord;
  /** Entities its mentions, claims and relations touch. */
  readonly entities: EntityRecord[];
  /** Relations it has claims about. */
  readonly relations: RelationShape[];
  readonly claims: ClaimRecord[];
  readonly mentions: MentionRecord[];
  /**
   * Of the article's own input and its extractor only: the same file gives the same fingerprint whatever
   * it was ingested with, so an unchanged article is never rewritten.
   */
  readonly fingerprint: string;
}

export interface SplitDocument {
  readonly slices: ArticleSlice[];
  /** Entities that no article mentions or relates (kept so an import loses nothing). */
  readonly orphans: EntityRecord[];
}

/** One pass over mentions and claims, grouped by article: filtering per article was quadratic. */
export function splitByArticle(doc: GraphDocument): SplitDocument {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  const mentionsOf = groupBy(doc.mentions, (m) => m.articleId);
  const claimsOf = groupBy(doc.claims, (c) => c.articleId);
  const used = new Set<string>();
  const slices = doc.articles.map((article): ArticleSlice => {
    const mentions = mentionsOf.get(article.id) ?? [];
    const claims = claimsOf.get(article.id) ?? [];
    const shapes = new Map<string, RelationShape>();
    for (const claim of claims) {
      const relation = relations.get(claim.about);
      if (relation) shapes.set(relation.id, shapeOf(relation));
    }
    const ids = new Set([
      ...mentions.map((m) => m.entityId),
      ...claims.flatMap((c) => (entities.has(c.about) ? [c.about] : [])),
      ...[...shapes.values()].flatMap((r) => [r.from, r.to]),
    ]);
    for (const id of ids) used.add(id);
    return {
      article,
      entities: [...ids].sort().flatMap((id) => entities.get(id) ?? []),
      relations: [...shapes.values()],
      claims,
      mentions,
      fingerprint: fingerprintOf(article),
    };
  });
  return { slices, orphans: doc.entities.filter((entity) => !used.has(entity.id)) };
}

export function fingerprintOf(article: ArticleRecord): string {
  const { id, title, url, publisher, publishedAt, language, text, extractor } = article;
  const input = [id, title, url, publisher, publishedAt, language, text ?? null, extractor ?? null];
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

function shapeOf({ id, type, from, to }: RelationRecord): RelationShape {
  return { id, type, from, to };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
