// Axis labels for the time bar that never overlap: every n-th period for a round n (7 days, 3 months,
// 5 years...) wide enough for the label, counted from a fixed origin so labels stay put while the bar
// pans; the larger period (year) is added when it changes.
import type { Bin, BinUnit } from './timeline-bins.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Room for the longest label of each unit at 10 px ("30 Dec 2024", "Sep 2024", "2024"), with a gap. */
export const LABEL_GAP: Record<BinUnit, number> = { day: 72, month: 56, year: 36 };
/** The round steps a label may take, per unit; beyond the last, multiples of it. */
const STEPS: Record<BinUnit, number[]> = {
  day: [1, 2, 7, 14, 28],
  month: [1, 2, 3, 6, 12],
  year: [1, 2, 5, 10, 20, 50, 100],
};

export interface AxisLabel {
  index: number;
  text: string;
}

function text(key: string, unit: BinUnit, withYear: boolean): string {
  const [year, month, day] = key.split('-');
  if (unit === 'year') return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  if (unit === 'month') return withYear ? `${monthName} ${year}` : monthName;
  return withYear ? `${Number(day)} ${monthName} ${year}` : `${Number(day)} ${monthName}`;
}

/** A bin's position counted from a fixed origin (days since the epoch, months since year 0, years). */
function ordinal(key: string, unit: BinUnit): number {
  const [year, month = '01', day = '01'] = key.split('-');
  if (unit === 'year') return Number(year);
  if (unit === 'month') return Number(year) * 12 + Number(month) - 1;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}

/** The smallest round step that keeps labels `gap` px apart when a bin is `binWidth` px wide. */
export function labelStep(unit: BinUnit, binWidth: number): number {
  const needed = LABEL_GAP[unit] / Math.max(binWidth, 1e-6);
  const steps = STEPS[unit];
  const round = steps.find((step) => step >= needed);
  if (round) return round;
  const largest = steps[steps.length - 1]!;
  return Math.ceil(needed / largest) * largest;
}

export function axisLabels(bins: Bin[], unit: BinUnit, width: number): AxisLabel[] {
  const every = labelStep(unit, width / Math.max(1, bins.length));
  const labels: AxisLabel[] = [];
  let lastYear = '';
  bins.forEach((bin, index) => {
    if (ordinal(bin.key, unit) % every !== 0) return;
    const year = bin.key.slice(0, 4);
    labels.push({ index, text: text(bin.key, unit, year !== lastYear) });
    lastYear = year;
  });
  return labels;
}
