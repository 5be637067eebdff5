import type { GraphDocument, RelationRecord } from '../../../schema/exchange.ts';
import { assignPairs } from './align.ts';
import type { GoldEntity, GoldKey } from './gold-key.ts';

/** A prediction's date is right when it starts with an accepted one; null when the key asks none. */
export function dateMatches(
  date: string | null | undefined,
  accepted: readonly string[] | undefined,
): boolean | null {
  if (!accepted || accepted.length === 0) return null;
  return typeof date === 'string' && accepted.some((g) => date.slice(0, 10).startsWith(g));
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size + B.size === 0) return 0;
  const shared = [...A].filter((x) => B.has(x)).length;
  return shared / (A.size + B.size - shared);
}

/**
 * Agreements align by parties (Jaccard >= 0.5), attacks by targets (>= 0.3) or by attacker and date,
 * and only with a key event of an article they come from; a matching date breaks ties.
 */
export function alignEvents(doc: GraphDocument, gold: GoldKey, align: Map<string, string>): void {
  const touching = new Map<string, RelationRecord[]>();
  for (const r of doc.relations)
    for (const end of [r.from, r.to]) touching.set(end, [...(touching.get(end) ?? []), r]);
  const articles = (id: string) => {
    const set = new Set((touching.get(id) ?? []).flatMap((r) => r.sources.map((s) => s.articleId)));
    for (const m of doc.mentions) if (m.entityId === id) set.add(m.articleId);
    return set;
  };
  const ends = (id: string, type: string, side: 'from' | 'to') =>
    (touching.get(id) ?? [])
      .filter((r) => r.type === type && r[side === 'from' ? 'to' : 'from'] === id)
      .map((r) => align.get(r[side]) ?? `?${r[side]}`);
  for (const type of ['Agreement', 'Attack'] as const) {
    const pairs = [];
    for (const p of doc.entities.filter((e) => e.type === type)) {
      const date = eventDate(p.properties, touching.get(p.id) ?? []);
      const own = articles(p.id);
      for (const g of gold.entities.filter((e) => e.type === type)) {
        const overlap = (g.articles ?? []).filter((a) => own.has(a)).length;
        if (overlap === 0) continue;
        const score =
          type === 'Agreement'
            ? agreementScore(ends(p.id, 'PARTY_TO', 'from'), date, g)
            : attackScore(ends(p.id, 'TARGETED', 'to'), ends(p.id, 'LAUNCHED', 'from'), date, g);
        if (score !== null)
          pairs.push({
            pred: p.id,
            gold: g.key,
            score: score + 0.05 * overlap,
            optional: g.optional === true,
          });
      }
    }
    assignPairs(pairs, align, false);
  }
}

function eventDate(
  properties: Record<string, unknown>,
  relations: readonly RelationRecord[],
): string | undefined {
  const own = properties.date ?? properties.signedOn;
  if (typeof own === 'string' && own) return own;
  return relations
    .map((r) => r.date)
    .filter((d): d is string => !!d)
    .sort()[0];
}

function agreementScore(parties: string[], date: string | undefined, g: GoldEntity): number | null {
  const j = jaccard(parties, g.parties ?? []);
  return j < 0.5 ? null : j + (dateMatches(date, g.date) === true ? 0.5 : 0);
}

function attackScore(
  targets: string[],
  attackers: string[],
  date: string | undefined,
  g: GoldEntity,
): number | null {
  const j = jaccard(targets, g.targets ?? []);
  const attacker = g.attacker !== undefined && attackers.includes(g.attacker);
  const dated = dateMatches(date, g.date) === true;
  if (j < 0.3 && !(attacker && dated)) return null;
  return j + (attacker ? 0.5 : 0) + (dated ? 0.5 : 0);
}
