import type { GraphDocument } from '../../../schema/exchange.ts';
import { relationId } from './ids.ts';

/** Documents with events renamed (old id → kept id) in entities, relations and mentions. */
export function renameEvents(
  docs: readonly GraphDocument[],
  rename: ReadonlyMap<string, string>,
  entity: (e: GraphDocument['entities'][number], to: string) => GraphDocument['entities'][number] = (
    e,
    to,
  ) => ({
    ...e,
    id: to,
  }),
): GraphDocument[] {
  if (rename.size === 0) return [...docs];
  const to = (id: string) => rename.get(id) ?? id;
  const relations = new Map(docs.flatMap((doc) => doc.relations).map((r) => [r.id, r]));
  // A claim is about an event (renamed as the event) or a relation (renamed as its endpoints).
  const renamedFact = (about: string) => {
    const relation = relations.get(about);
    return relation ? relationId(relation.type, to(relation.from), to(relation.to)) : to(about);
  };
  return docs.map((doc) => ({
    ...doc,
    entities: doc.entities.map((e) => (rename.has(e.id) ? entity(e, to(e.id)) : e)),
    relations: doc.relations.map((r) => ({
      ...r,
      id: relationId(r.type, to(r.from), to(r.to)),
      from: to(r.from),
      to: to(r.to),
    })),
    mentions: doc.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
    claims: doc.claims.map((c) => ({ ...c, about: renamedFact(c.about) })),
  }));
}
