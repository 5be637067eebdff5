import type { GraphDocument } from '../../../schema/exchange.ts';
import { ENTITY_TYPES, RELATION_ENDPOINTS, type RelationType } from '../../../schema/graph-model.ts';
import { alignNamed } from './align.ts';
import { alignEvents, dateMatches } from './align-events.ts';
import type { GoldKey } from './gold-key.ts';
import { type Tally, tally } from './tally.ts';

export interface Score {
  readonly entities: Record<string, Tally>;
  readonly relations: Record<string, Tally>;
  readonly mentions: Tally;
  readonly dates: { asked: number; right: number; accuracy: number };
  readonly misses: string[];
  readonly extras: string[];
}

/** Scores a document against an answer key by the rules of the key's README (alignment, then sets). */
export function scoreGraph(doc: GraphDocument, gold: GoldKey): Score {
  const align = new Map<string, string>();
  alignNamed(doc, gold, align);
  alignEvents(doc, gold, align);
  const misses: string[] = [];
  const extras: string[] = [];
  const entities = scoreEntities(doc, gold, align, misses, extras);
  const { relations, dates } = scoreRelations(doc, gold, align, misses, extras);
  return { entities, relations, mentions: scoreMentions(doc, gold, align, misses), dates, misses, extras };
}

function scoreEntities(
  doc: GraphDocument,
  gold: GoldKey,
  align: Map<string, string>,
  misses: string[],
  extras: string[],
) {
  const optional = new Set(gold.entities.filter((g) => g.optional).map((g) => g.key));
  const result: Record<string, Tally> = {};
  let [TP, FP, FN] = [0, 0, 0];
  for (const type of ENTITY_TYPES) {
    const hit = new Set<string>();
    let [tp, fp] = [0, 0];
    for (const p of doc.entities.filter((e) => e.type === type)) {
      const key = align.get(p.id);
      if (!key) extras.push(`${type} "${p.name}"`);
      else hit.add(key);
      if (!key) fp++;
      else if (!optional.has(key)) tp++;
    }
    const missed = gold.entities.filter((g) => g.type === type && !g.optional && !hit.has(g.key));
    for (const g of missed) misses.push(`${type} ${g.key} (${g.name})`);
    result[type] = tally(tp, fp, missed.length);
    [TP, FP, FN] = [TP + tp, FP + fp, FN + missed.length];
  }
  result.all = tally(TP, FP, FN);
  return result;
}

const keyOf = (type: RelationType, a: string, b: string) =>
  RELATION_ENDPOINTS[type].symmetric && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;

type Predicted = Map<string, { type: RelationType; dates: string[]; touchesOptional: boolean }>;

/** Predicted relations as (type, key from, key to) after alignment; unaligned ends make a key of their own. */
function predictedTriples(doc: GraphDocument, align: Map<string, string>, optional: Set<string>): Predicted {
  const predicted: Predicted = new Map();
  for (const r of doc.relations) {
    const [a, b] = [align.get(r.from), align.get(r.to)];
    const key = a && b ? keyOf(r.type, a, b) : `!${r.id}`;
    const entry = predicted.get(key) ?? {
      type: r.type,
      dates: [],
      touchesOptional: [a, b].some((k) => k && optional.has(k)),
    };
    if (r.date) entry.dates.push(r.date);
    predicted.set(key, entry);
  }
  return predicted;
}

function scoreRelations(
  doc: GraphDocument,
  gold: GoldKey,
  align: Map<string, string>,
  misses: string[],
  extras: string[],
) {
  const optional = new Set(gold.entities.filter((g) => g.optional).map((g) => g.key));
  const wanted = new Map(gold.relations.map((r) => [keyOf(r.type, r.from, r.to), r]));
  const predicted = predictedTriples(doc, align, optional);
  const counts: Record<string, [number, number, number]> = {};
  const bump = (type: string, slot: 0 | 1 | 2) => {
    counts[type] ??= [0, 0, 0];
    counts[type][slot]++;
  };
  let [asked, right] = [0, 0];
  for (const [key, p] of predicted) {
    const g = wanted.get(key);
    if (g?.optional || (!g && p.touchesOptional)) continue;
    bump(p.type, g ? 0 : 1);
    if (!g) extras.push(`relation ${key}`);
    if (!g?.date?.length) continue;
    asked++;
    if (p.dates.some((d) => dateMatches(d, g.date))) right++;
    else misses.push(`date of ${key}: got ${p.dates.join(',') || 'none'}`);
  }
  for (const [key, g] of wanted) {
    if (g.optional || predicted.has(key)) continue;
    bump(g.type, 2);
    misses.push(`relation ${key}`);
  }
  const relations: Record<string, Tally> = {};
  for (const [type, [tp, fp, fn]] of Object.entries(counts)) relations[type] = tally(tp, fp, fn);
  const sum = (slot: 0 | 1 | 2) => Object.values(counts).reduce((s, c) => s + c[slot], 0);
  relations.all = tally(sum(0), sum(1), sum(2));
  return { relations, dates: { asked, right, accuracy: asked ? right / asked : 0 } };
}

function scoreMentions(
  doc: GraphDocument,
  gold: GoldKey,
  align: Map<string, string>,
  misses: string[],
): Tally {
  let [tp, fp, fn] = [0, 0, 0];
  for (const [articleId, want] of Object.entries(gold.mentions)) {
    const got = new Set<string>();
    const stray = new Set<string>();
    for (const m of doc.mentions.filter((x) => x.articleId === articleId)) {
      const key = align.get(m.entityId);
      if (key) got.add(key);
      else stray.add(m.entityId);
    }
    tp += want.core.filter((k) => got.has(k)).length;
    fp += stray.size;
    for (const k of want.core.filter((c) => !got.has(c))) misses.push(`mention of ${k} in ${articleId}`);
    fn += want.core.filter((k) => !got.has(k)).length;
  }
  return tally(tp, fp, fn);
}
