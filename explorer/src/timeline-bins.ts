// Histogram bins of dated edges, by month (or by year over long spans), for the timeline.
import { inDateRange } from './date-range.ts';

export interface Bin {
  /** The bin's date prefix: YYYY-MM, or YYYY for yearly bins. */
  key: string;
  count: number;
}

export interface Histogram {
  bins: Bin[];
  unit: 'month' | 'year';
  undated: number;
}

/** Above this many months a monthly histogram gets too thin to read, so bins become years. */
const MAX_MONTH_BINS = 120;

function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + (key.length >= 7 ? Number(key.slice(5, 7)) - 1 : 0);
}

function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every bin between the earliest and latest date, empty ones included, so gaps show as gaps. */
export function buildHistogram(dates: (string | null)[]): Histogram {
  const dated = dates.filter((date): date is string => typeof date === 'string' && date.length >= 4);
  const undated = dates.length - dated.length;
  if (dated.length === 0) return { bins: [], unit: 'month', undated };
  const months = dated.map(monthIndex);
  const first = Math.min(...months);
  const last = Math.max(...months);
  const unit = last - first + 1 > MAX_MONTH_BINS ? 'year' : 'month';
  const counts = new Map<string, number>();
  for (const date of dated) {
    const key = unit === 'year' ? date.slice(0, 4) : monthKey(monthIndex(date));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys: string[] = [];
  if (unit === 'year') {
    for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year++) keys.push(String(year));
  } else {
    for (let month = first; month <= last; month++) keys.push(monthKey(month));
  }
  return { bins: keys.map((key) => ({ key, count: counts.get(key) ?? 0 })), unit, undated };
}

/** Whether a bin lies inside the selected range (bins are whole periods). */
export function binInRange(bin: Bin, from: string | null, to: string | null): boolean {
  return inDateRange(bin.key, from, to);
}
