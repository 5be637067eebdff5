import { type AttackIdentity, sameAttack } from '../../../schema/event-identity.ts';
import type { GraphDocument } from '../../../schema/exchange.ts';
import { renameEvents } from './rename-events.ts';

/**
 * Across articles, attacks that are one attack by its identity (schema/event-identity.ts) become one:
 * two reports of one night's strikes dated a day apart share the earlier id.
 */
export function unifyAttacks(docs: readonly GraphDocument[]): GraphDocument[] {
  const facts = docs
    .flatMap(attackFacts)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const rename = new Map<string, string>();
  for (const [i, later] of facts.entries()) {
    const same = facts.slice(0, i).find((earlier) => sameAttack(earlier, later) && !rename.has(earlier.id));
    if (same && same.id !== later.id) rename.set(later.id, same.id);
  }
  return renameEvents(docs, rename);
}

function attackFacts(doc: GraphDocument): (AttackIdentity & { id: string })[] {
  return doc.entities
    .filter(
      (e) => e.type === 'Attack' && typeof e.properties.date === 'string' && e.properties.date.length === 10,
    )
    .map((e) => ({
      id: e.id,
      date: e.properties.date as string,
      weapon: String(e.properties.weapon),
      attacker: doc.relations.find((r) => r.type === 'LAUNCHED' && r.to === e.id)?.from ?? '',
      targets: [
        ...new Set(doc.relations.filter((r) => r.type === 'TARGETED' && r.from === e.id).map((r) => r.to)),
      ],
    }))
    .filter((f) => f.attacker !== '');
}
