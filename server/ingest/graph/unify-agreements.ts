import type { GraphDocument } from '../../../schema/exchange.ts';
import { relationId } from './ids.ts';

/**
 * Across articles an agreement of no stated kind ("un accord", "the deal") between the same parties in the
 * same year as one agreement of a known kind is that agreement.
 */
export function unifyAgreements(docs: readonly GraphDocument[]): GraphDocument[] {
  const ids = new Set(docs.flatMap((d) => d.entities.filter((e) => e.type === 'Agreement').map((e) => e.id)));
  const rename = new Map<string, string>();
  for (const id of ids) {
    const match = /^agreement:other-(.+)$/.exec(id);
    if (!match) continue;
    const specific = [...ids].filter(
      (other) => other !== id && other.endsWith(`-${match[1]}`) && !other.startsWith('agreement:other-'),
    );
    if (specific.length === 1) rename.set(id, specific[0]!);
  }
  if (rename.size === 0) return [...docs];
  const to = (id: string) => rename.get(id) ?? id;
  return docs.map((doc) => ({
    ...doc,
    entities: doc.entities.map((e) =>
      rename.has(e.id)
        ? {
            ...e,
            id: to(e.id),
            name: nameOf(docs, to(e.id)) ?? e.name,
            properties: { ...e.properties, kind: null },
          }
        : e,
    ),
    relations: doc.relations.map((r) => ({
      ...r,
      id: relationId(r.type, to(r.from), to(r.to)),
      from: to(r.from),
      to: to(r.to),
    })),
    mentions: doc.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
  }));
}

function nameOf(docs: readonly GraphDocument[], id: string): string | undefined {
  for (const doc of docs) {
    const found = doc.entities.find((e) => e.id === id);
    if (found) return found.name;
  }
  return undefined;
}
