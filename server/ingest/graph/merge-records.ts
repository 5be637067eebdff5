import type { EntityRecord, Properties, RelationRecord } from '../../../schema/exchange.ts';
import { AGREEMENT_STATUSES, type DatePrecision } from '../../../schema/graph-model.ts';

const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, month: 3, year: 2, published: 1, none: 0 };

/** Aliases unioned, name kept, properties filled in where the first record had none. */
export function mergeEntity(into: EntityRecord, other: EntityRecord): EntityRecord {
  const aliases = new Set([...into.aliases, ...other.aliases, other.name]);
  aliases.delete(into.name);
  return {
    ...into,
    aliases: [...aliases].sort(),
    properties: mergeProperties(into.properties, other.properties),
  };
}

/** Sources concatenated without repeats; the most precise date wins, then the earliest. */
export function mergeRelation(into: RelationRecord, other: RelationRecord): RelationRecord {
  const seen = new Set(into.sources.map(sourceKey));
  const sources = [...into.sources, ...other.sources.filter((s) => !seen.has(sourceKey(s)))];
  const better = compareDates(other, into) > 0 ? other : into;
  return {
    ...into,
    date: better.date,
    datePrecision: better.datePrecision,
    confidence: Math.max(into.confidence, other.confidence),
    properties: mergeProperties(into.properties, other.properties),
    sources: sources.sort((a, b) => sourceKey(a).localeCompare(sourceKey(b))),
  };
}

/** Positive when `a` carries the better date: more precise, then earlier. */
export function compareDates(
  a: Pick<RelationRecord, 'date' | 'datePrecision'>,
  b: Pick<RelationRecord, 'date' | 'datePrecision'>,
): number {
  const rank = PRECISION_RANK[a.datePrecision] - PRECISION_RANK[b.datePrecision];
  if (rank !== 0) return rank;
  return (b.date ?? '9999').localeCompare(a.date ?? '9999');
}

export function mergeProperties(into: Properties, other: Properties): Properties {
  const merged: Properties = { ...into };
  for (const [key, value] of Object.entries(other)) {
    const current = merged[key];
    if (current === undefined || current === null) merged[key] = value;
    else if (key === 'status' && statusRank(value) > statusRank(current)) merged[key] = value;
    else if (Array.isArray(current) && Array.isArray(value))
      merged[key] = [...new Set([...current, ...value])].sort() as string[];
  }
  return merged;
}

function sourceKey(s: RelationRecord['sources'][number]): string {
  return `${s.articleId}|${String(s.start).padStart(9, '0')}|${String(s.end).padStart(9, '0')}`;
}

/** An agreement's life in order (schema/graph-model.ts): a later stage outranks an earlier one. */
function statusRank(status: unknown): number {
  return (AGREEMENT_STATUSES as readonly unknown[]).indexOf(status);
}
