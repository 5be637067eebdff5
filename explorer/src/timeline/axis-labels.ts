// Axis labels for the time bar that never overlap: one at each change of the larger period (year for
// months, month for days), thinned to keep a minimum gap in pixels.
import type { Bin, BinUnit } from './timeline-bins.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Room for a label like "13 Jun 2024" at 10 px. */
export const MIN_LABEL_GAP = 56;

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

export function axisLabels(bins: Bin[], unit: BinUnit, width: number): AxisLabel[] {
  const step = width / Math.max(1, bins.length);
  const every = Math.max(1, Math.ceil(MIN_LABEL_GAP / step));
  const labels: AxisLabel[] = [];
  let lastYear = '';
  bins.forEach((bin, index) => {
    if (index % every !== 0) return;
    const year = bin.key.slice(0, 4);
    labels.push({ index, text: text(bin.key, unit, year !== lastYear) });
    lastYear = year;
  });
  return labels;
}
