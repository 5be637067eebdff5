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

/**
 * The values of two records of one relation: the most precise date wins, then the earliest. Their
 * sources are the caller's to merge (SourceSet): merged here, a relation reported by thousands of
 * articles would rebuild and sort its whole list once per article.
 */
export function mergeRelationValues(into: RelationRecord, other: RelationRecord): RelationRecord {
  const better = compareDates(other, into) > 0 ? other : into;
  return {
    ...into,
    date: better.date,
    datePrecision: better.datePrecision,
    confidence: Math.max(into.confidence, other.confidence),
    properties: mergeProperties(into.properties, other.properties),
  };
}

type Source = RelationRecord['sources'][number];

/** A relation's sources without repeats, in the order of their keys once more than one list was added. */
export class SourceSet {
  private readonly byKey = new Map<string, Source>();
  private lists = 0;
  private first: readonly Source[] = [];

  add(sources: readonly Source[]): void {
    if (this.lists++ === 0) this.first = sources;
    for (const source of sources) {
      const key = sourceKey(source);
      if (!this.byKey.has(key)) this.byKey.set(key, source);
    }
  }

  /** One list is kept as given; several are merged and ordered by article and span. */
  toList(): Source[] {
    if (this.lists <= 1) return [...this.first];
    return [...this.byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, source]) => source);
  }
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

function sourceKey(s: Source): string {
  return `${s.articleId}|${String(s.start).padStart(9, '0')}|${String(s.end).padStart(9, '0')}`;
}

/** An agreement's life in order (schema/graph-model.ts): a later stage outranks an earlier one. */
function statusRank(status: unknown): number {
  return (AGREEMENT_STATUSES as readonly unknown[]).indexOf(status);
}
