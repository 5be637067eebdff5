// Part of an extracted document: the articles from `start` to `end` (indices), with their mentions and
// claims; entities and relations are kept whole, as the loader takes only what the articles' claims and
// mentions touch.
import type { GraphDocument } from '../schema/exchange.ts';

export function documentPart(doc: GraphDocument, start: number, end: number): GraphDocument {
  const ids = new Set(doc.articles.slice(start, end).map((a) => a.id));
  const keep = <T extends { articleId: string }>(items: T[]) => items.filter((i) => ids.has(i.articleId));
  return {
    ...doc,
    articles: doc.articles.filter((a) => ids.has(a.id)),
    mentions: keep(doc.mentions),
    claims: keep(doc.claims),
  };
}
