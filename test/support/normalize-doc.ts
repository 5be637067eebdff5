// A newsgraph/2 document in a canonical order (and without null-valued properties, which the store
// does not keep), so that two documents with the same content compare equal.
import type { GraphDocument, Properties } from '../../schema/exchange.ts';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

export function normalizeDoc(doc: GraphDocument): GraphDocument {
  return {
    format: doc.format,
    articles: [...doc.articles].sort(byId),
    entities: doc.entities
      .map((e) => ({ ...e, aliases: [...e.aliases].sort(), properties: withoutNulls(e.properties) }))
      .sort(byId),
    relations: doc.relations
      .map((r) => ({
        ...r,
        properties: withoutNulls(r.properties),
        sources: [...r.sources].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start),
      }))
      .sort(byId),
    mentions: [...doc.mentions].sort(
      (a, b) =>
        a.articleId.localeCompare(b.articleId) || a.start - b.start || a.entityId.localeCompare(b.entityId),
    ),
    claims: [...doc.claims].sort(
      (a, b) => a.about.localeCompare(b.about) || a.articleId.localeCompare(b.articleId) || a.start - b.start,
    ),
    corrections: [...doc.corrections].sort(byId),
  };
}

function withoutNulls(props: Properties): Properties {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
}
