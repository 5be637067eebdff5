import type { EntityRecord, GraphDocument } from '../../../schema/exchange.ts';
import type { GoldEntity, GoldKey } from './gold-key.ts';

const DROPPED = new Set(
  'region oblast republic republique province de du des la le les l d of the'.split(' '),
);

/** Names compare folded: no accents, lower case, punctuation as spaces, filler words dropped. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !DROPPED.has(w))
    .join(' ');
}

const namesOf = (e: { name: string; aliases: readonly string[] }) =>
  new Set([e.name, ...e.aliases].map(normaliseName).filter(Boolean));

interface Pair {
  readonly pred: string;
  readonly gold: string;
  readonly score: number;
  readonly optional: boolean;
}

/** One-to-one: the best pairs first (core before optional when asked), each side used once. */
export function assignPairs(pairs: Pair[], align: Map<string, string>, coreFirst: boolean): void {
  pairs.sort((a, b) =>
    coreFirst
      ? Number(a.optional) - Number(b.optional) || b.score - a.score
      : b.score - a.score || Number(a.optional) - Number(b.optional),
  );
  const used = new Set<string>();
  for (const pair of pairs) {
    if (align.has(pair.pred) || used.has(pair.gold)) continue;
    align.set(pair.pred, pair.gold);
    used.add(pair.gold);
  }
}

/** Countries, officials, organisations and places align by a shared name or alias, type by type. */
export function alignNamed(doc: GraphDocument, gold: GoldKey, align: Map<string, string>): void {
  for (const type of ['Country', 'Official', 'Organization', 'Place'] as const) {
    const golds = gold.entities.filter((g) => g.type === type).map((g) => ({ g, names: namesOf(g) }));
    const pairs: Pair[] = [];
    for (const p of doc.entities.filter((e) => e.type === type)) pairs.push(...namePairs(p, golds));
    assignPairs(pairs, align, true);
  }
}

function namePairs(p: EntityRecord, golds: { g: GoldEntity; names: Set<string> }[]): Pair[] {
  const own = namesOf(p);
  const main = normaliseName(p.name);
  return golds
    .filter(({ names }) => [...own].some((n) => names.has(n)))
    .map(({ g, names }) => ({
      pred: p.id,
      gold: g.key,
      score: names.has(main) ? 2 : 1,
      optional: g.optional === true,
    }));
}
