// Histogram bins of dated edges by year, month or day, counted by relation type for stacked bars.
import { inDateRange } from '../state/date-range.ts';

export type BinUnit = 'year' | 'month' | 'day';
export const BIN_UNITS: readonly BinUnit[] = ['year', 'month', 'day'];

export interface Bin {
  /** The bin's date prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
  key: string;
  count: number;
  /** Edges per relation type, for bars stacked by type. */
  byType: Record<string, number>;
}

export interface Histogram {
  bins: Bin[];
  unit: BinUnit;
  undated: number;
}

export interface DatedEntry {
  date: string | null;
  type?: string;
}

/** Above this many months a monthly histogram gets too thin to read, so "auto" picks years. */
const MAX_MONTH_BINS = 120;
/** Day bins beyond this are unreadable and slow: the histogram falls back to months. */
export const MAX_DAY_BINS = 1500;
const DAY_MS = 86_400_000;

function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + (key.length >= 7 ? Number(key.slice(5, 7)) - 1 : 0);
}

function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Days since the epoch of a prefix's first day (a month or a year counts at its start). */
function dayIndex(key: string): number {
  const [year, month = '01', day = '01'] = key.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS;
}

function dayKey(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

const KEYS: Record<BinUnit, { index(key: string): number; key(index: number): string }> = {
  year: { index: (key) => Number(key.slice(0, 4)), key: (index) => String(index) },
  month: { index: monthIndex, key: monthKey },
  day: { index: dayIndex, key: dayKey },
};

function pickUnit(dated: string[], unit: BinUnit | 'auto'): BinUnit {
  const months = dated.map(monthIndex);
  const monthSpan = Math.max(...months) - Math.min(...months) + 1;
  if (unit === 'auto') return monthSpan > MAX_MONTH_BINS ? 'year' : 'month';
  if (unit === 'day') {
    const days = dated.map(dayIndex);
    if (Math.max(...days) - Math.min(...days) + 1 > MAX_DAY_BINS) return 'month';
  }
  return unit;
}

/**
 * Every bin between the earliest and latest date, empty ones included, so gaps show as gaps. With a
 * window (the time bar's zoom) the bins cover the window instead and dates outside it are left out.
 */
export function buildHistogram(
  entries: DatedEntry[],
  unit: BinUnit | 'auto' = 'auto',
  window: { from: string; to: string } | null = null,
): Histogram {
  const dated = entries.filter(
    (entry): entry is { date: string; type?: string } => (entry.date?.length ?? 0) >= 4,
  );
  const undated = entries.length - dated.length;
  if (dated.length === 0) return { bins: [], unit: unit === 'auto' ? 'month' : unit, undated };
  const chosen = pickUnit(window ? [window.from, window.to] : dated.map((entry) => entry.date), unit);
  const { index, key } = KEYS[chosen];
  const indices = dated.map((entry) => index(entry.date));
  const first = window ? index(window.from) : Math.min(...indices);
  const last = window ? index(window.to) : Math.max(...indices);
  const bins: Bin[] = [];
  for (let at = first; at <= last; at++) bins.push({ key: key(at), count: 0, byType: {} });
  dated.forEach((entry, position) => {
    const bin = bins[indices[position]! - first];
    if (!bin) return;
    bin.count++;
    const type = entry.type ?? 'other';
    bin.byType[type] = (bin.byType[type] ?? 0) + 1;
  });
  return { bins, unit: chosen, undated };
}

/** Whether a bin lies inside the selected range (bins are whole periods). */
export function binInRange(bin: Pick<Bin, 'key'>, from: string | null, to: string | null): boolean {
  return inDateRange(bin.key, from, to);
}
