import type { GraphDocument } from '../../../schema/exchange.ts';
import { relationId } from './ids.ts';

interface AttackFacts {
  readonly id: string;
  readonly date: string;
  readonly weapon: string;
  readonly attacker: string;
  readonly targets: Set<string>;
}

/**
 * Across articles an attack is its attacker, its weapon, its day give or take one, and its targets: two
 * reports of one night's strikes dated a day apart become one attack (the earlier id wins).
 */
export function unifyAttacks(docs: readonly GraphDocument[]): GraphDocument[] {
  const facts = docs
    .flatMap(attackFacts)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const rename = new Map<string, string>();
  for (const [i, later] of facts.entries()) {
    const same = facts.slice(0, i).find((earlier) => isSameAttack(earlier, later) && !rename.has(earlier.id));
    if (same && same.id !== later.id) rename.set(later.id, same.id);
  }
  if (rename.size === 0) return [...docs];
  const to = (id: string) => rename.get(id) ?? id;
  return docs.map((doc) => ({
    ...doc,
    entities: doc.entities.map((e) => ({ ...e, id: to(e.id) })),
    relations: doc.relations.map((r) => ({
      ...r,
      id: relationId(r.type, to(r.from), to(r.to)),
      from: to(r.from),
      to: to(r.to),
    })),
    mentions: doc.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
  }));
}

function attackFacts(doc: GraphDocument): AttackFacts[] {
  return doc.entities
    .filter(
      (e) => e.type === 'Attack' && typeof e.properties.date === 'string' && e.properties.date.length === 10,
    )
    .map((e) => ({
      id: e.id,
      date: e.properties.date as string,
      weapon: String(e.properties.weapon),
      attacker: doc.relations.find((r) => r.type === 'LAUNCHED' && r.to === e.id)?.from ?? '',
      targets: new Set(
        doc.relations.filter((r) => r.type === 'TARGETED' && r.from === e.id).map((r) => r.to),
      ),
    }))
    .filter((f) => f.attacker !== '');
}

function isSameAttack(a: AttackFacts, b: AttackFacts): boolean {
  if (a.attacker !== b.attacker || a.weapon !== b.weapon) return false;
  if (Math.abs(Date.parse(a.date) - Date.parse(b.date)) > 86_400_000) return false;
  return a.targets.size === 0 || b.targets.size === 0 || [...a.targets].some((t) => b.targets.has(t));
}
