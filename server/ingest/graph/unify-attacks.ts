import {
  ATTACK_DAYS_APART,
  type AttackIdentity,
  attackDays,
  sameAttack,
} from '../../../schema/event-identity.ts';
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
  // The attacks seen so far by attacker, weapon and day: the identity matches no other, so each attack
  // is compared with those of its few days, not with every earlier one.
  const seen = new Map<string, Fact[]>();
  const key = (fact: Fact, day: string) => `${fact.attacker}\u0000${fact.weapon}\u0000${day}`;
  for (const later of facts) {
    // As Date.parse reads them ("2024-02-30" is 1 March), the identity's way of comparing days.
    const days = attackDays(later.date);
    const same = days
      .flatMap((day) => seen.get(key(later, day)) ?? [])
      .find((earlier) => sameAttack(earlier, later) && !rename.has(earlier.id));
    if (same && same.id !== later.id) rename.set(later.id, same.id);
    const own = key(later, days[ATTACK_DAYS_APART]!);
    const day = seen.get(own);
    if (day) day.push(later);
    else seen.set(own, [later]);
  }
  return renameEvents(docs, rename);
}

type Fact = AttackIdentity & { id: string };

function attackFacts(doc: GraphDocument): Fact[] {
  return doc.entities
    .filter(
      // A day Date.parse cannot read matches no other (sameAttack), and has no neighbouring days.
      (e) =>
        e.type === 'Attack' &&
        typeof e.properties.date === 'string' &&
        e.properties.date.length === 10 &&
        !Number.isNaN(Date.parse(e.properties.date)),
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
