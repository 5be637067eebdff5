// The time bar's visible window and its zoom math: days since the epoch, continuous, so a wheel, a pinch
// or a button zooms about a point and a drag pans; the bin unit follows the span (years → months → days).
import type { BinUnit } from './timeline-bins.ts';

/** A span of days since 1970-01-01: `start` inclusive, `end` exclusive; fractions are allowed. */
export interface DayWindow {
  start: number;
  end: number;
}

/** The window as the URL keeps it: its first and last whole days. */
export interface TimeWindow {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
/** Zooming in stops at a week: seven day bars. */
export const MIN_SPAN_DAYS = 7;
/** One press of + or − halves or doubles the span. */
export const BUTTON_FACTOR = 2;
/** A bar narrower than this is too thin to read or to hit, so the next larger unit takes over. */
export const MIN_BIN_PX = 8;
const DAYS_PER: Record<BinUnit, number> = { day: 1, month: 30.44, year: 365.25 };

export function dayNumber(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS;
}

export function dayKey(day: number): string {
  return new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
}

const span = (window: DayWindow) => window.end - window.start;

/** From the first day of the earliest date to the end of the latest one's period, at least a week wide. */
export function dataExtent(dates: string[]): DayWindow | null {
  if (dates.length === 0) return null;
  const starts = dates.map(dayNumber);
  const ends = dates.map((date) => {
    const [year, month, day] = date.split('-');
    if (day) return dayNumber(date) + 1;
    if (month) return Date.UTC(Number(year), Number(month), 1) / DAY_MS;
    return Date.UTC(Number(year) + 1, 0, 1) / DAY_MS;
  });
  const start = Math.min(...starts);
  return { start, end: Math.max(start + MIN_SPAN_DAYS, ...ends) };
}

/** Moves a window inside the extent without changing its span; one wider than the extent becomes it. */
export function clampWindow(window: DayWindow, extent: DayWindow): DayWindow {
  const width = Math.max(MIN_SPAN_DAYS, span(window));
  if (width >= span(extent)) return { ...extent };
  const start = Math.min(Math.max(window.start, extent.start), extent.end - width);
  return { start, end: start + width };
}

/**
 * Scales the span by `factor` (below 1 zooms in) about the point at `anchor` (0 = left edge, 1 = right):
 * the date under the pointer stays under the pointer.
 */
export function zoomWindow(window: DayWindow, factor: number, anchor: number, extent: DayWindow): DayWindow {
  const at = Math.min(1, Math.max(0, anchor));
  const width = Math.min(span(extent), Math.max(MIN_SPAN_DAYS, span(window) * factor));
  const pivot = window.start + at * span(window);
  return clampWindow({ start: pivot - at * width, end: pivot - at * width + width }, extent);
}

/** Moves the window by a number of days (positive: later). */
export function panWindow(window: DayWindow, days: number, extent: DayWindow): DayWindow {
  return clampWindow({ start: window.start + days, end: window.end + days }, extent);
}

/** The finest unit whose bars stay at least MIN_BIN_PX wide across `widthPx`. */
export function unitForSpan(spanDays: number, widthPx: number): BinUnit {
  const units: BinUnit[] = ['day', 'month', 'year'];
  return units.find((unit) => (widthPx / spanDays) * DAYS_PER[unit] >= MIN_BIN_PX) ?? 'year';
}

export function toTimeWindow(window: DayWindow): TimeWindow {
  return { from: dayKey(window.start), to: dayKey(Math.ceil(window.end) - 1) };
}

export function toDayWindow(window: TimeWindow): DayWindow {
  return { start: dayNumber(window.from), end: dayNumber(window.to) + 1 };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2024-01-01..2024-03-31` in the URL (a separator URLSearchParams leaves as it is); anything else (or an inverted span) is no window. */
export function parseTimeWindow(value: string | null): TimeWindow | null {
  const [from, to] = (value ?? '').split('..');
  if (!from || !to || !DAY.test(from) || !DAY.test(to)) return null;
  if (Number.isNaN(dayNumber(from)) || Number.isNaN(dayNumber(to)) || from > to) return null;
  return { from, to };
}

export function formatTimeWindow(window: TimeWindow): string {
  return `${window.from}..${window.to}`;
}
