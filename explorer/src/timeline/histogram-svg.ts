// Draws the time bar as SVG built with DOM calls: bars stacked by relation type, periods (agreements in
// force) as spans under them, a readable axis, and a range selected by dragging across the bars.
import { RELATION_TYPES } from '../../../schema/graph-model.ts';
import { RELATION_COLORS } from '../graph/relation-colors.ts';
import { periodEnd, periodStart } from '../state/date-range.ts';
import { axisLabels } from './axis-labels.ts';
import { type Bin, type BinUnit, binInRange } from './timeline-bins.ts';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 56;
const SPAN_ROW = 5;
const LABEL_SPACE = 14;

export interface Period {
  label: string;
  start: string;
  end: string;
}

export interface HistogramInput {
  bins: Bin[];
  unit: BinUnit;
  from: string | null;
  to: string | null;
  /** The bin whose edges are new at this step of Play. */
  fresh: string | null;
  periods: Period[];
  width: number;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function tooltip(bin: Bin): string {
  const parts = RELATION_TYPES.filter((type) => bin.byType[type]).map(
    (type) => `${type} ${bin.byType[type]}`,
  );
  return `${bin.key}: ${bin.count} edge${bin.count === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** One column: a full-height hit area and one rect per relation type, stacked. */
function drawBin(bin: Bin, x: number, step: number, max: number, classes: string): SVGGElement {
  const group = svg('g', { class: classes, 'data-key': bin.key });
  const title = svg('title', {});
  title.textContent = tooltip(bin);
  group.append(title, svg('rect', { x, y: 0, width: step, height: HEIGHT, class: 'bin-hit' }));
  let top = HEIGHT;
  for (const type of RELATION_TYPES) {
    const count = bin.byType[type] ?? 0;
    if (count === 0) continue;
    const height = Math.max(2, (count / max) * (HEIGHT - 4));
    top -= height;
    group.append(
      svg('rect', {
        x: x + 1,
        y: top,
        width: Math.max(1, step - 2),
        height,
        class: 'bar',
        fill: RELATION_COLORS[type],
      }),
    );
  }
  return group;
}

/** Periods as thin spans under the bars, clipped to the drawn bins. */
function drawPeriods(root: SVGSVGElement, input: HistogramInput, step: number): void {
  const { bins } = input;
  const first = periodStart(bins[0]!.key);
  const last = periodEnd(bins[bins.length - 1]!.key);
  input.periods.forEach((period, row) => {
    if (period.end < first || period.start > last) return;
    const startIndex = Math.max(
      0,
      bins.findIndex((bin) => periodEnd(bin.key) >= period.start),
    );
    const found = bins.findIndex((bin) => periodStart(bin.key) > period.end);
    const endIndex = found < 0 ? bins.length : found;
    const span = svg('rect', {
      x: startIndex * step,
      y: HEIGHT + 1 + (row % 2) * SPAN_ROW,
      width: Math.max(2, (endIndex - startIndex) * step),
      height: SPAN_ROW - 1,
      class: 'period',
    });
    const title = svg('title', {});
    title.textContent = `${period.label}: in force ${period.start} to ${period.end}`;
    span.append(title);
    root.append(span);
  });
}

/** Dragging across bars selects their span; a click selects one bin. */
function bindDrag(
  root: SVGSVGElement,
  bins: Bin[],
  step: number,
  onSelect: (from: Bin, to: Bin) => void,
): void {
  const indexAt = (event: PointerEvent) => {
    const box = root.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * (step * bins.length);
    return Math.min(bins.length - 1, Math.max(0, Math.floor(x / step)));
  };
  let start: number | null = null;
  root.addEventListener('pointerdown', (event) => {
    start = indexAt(event);
    root.setPointerCapture(event.pointerId);
  });
  root.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const end = indexAt(event);
    const [low, high] = [start, end].sort((a, b) => a - b) as [number, number];
    start = null;
    onSelect(bins[low]!, bins[high]!);
  });
}

/** Whether a point lies under the bars (the spans and the axis), where a drag pans instead of selecting. */
export function belowBars(root: Element, clientY: number): boolean {
  const box = root.getBoundingClientRect();
  return box.height > 0 && (clientY - box.top) / box.height > HEIGHT / (HEIGHT + 2 * SPAN_ROW + LABEL_SPACE);
}

export function drawHistogram(input: HistogramInput, onSelect: (from: Bin, to: Bin) => void): SVGSVGElement {
  const { bins, unit, from, to, fresh } = input;
  // Drawing in the box's own pixel width keeps the stretched viewBox from distorting the labels.
  const width = Math.max(input.width, 240);
  const height = HEIGHT + 2 * SPAN_ROW + LABEL_SPACE;
  const root = svg('svg', {
    class: 'histogram',
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: 'none',
    role: 'img',
    'aria-label': `Dated edges per ${unit}, stacked by relation type`,
  });
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const step = width / Math.max(1, bins.length);
  bins.forEach((bin, index) => {
    const classes = [
      'bin',
      binInRange(bin, from, to) ? 'in-range' : 'out-of-range',
      bin.key === fresh ? 'fresh' : '',
    ]
      .filter(Boolean)
      .join(' ');
    root.append(drawBin(bin, index * step, step, max, classes));
  });
  drawPeriods(root, input, step);
  for (const label of axisLabels(bins, unit, width)) {
    const text = svg('text', { x: label.index * step + 1, y: height - 3, class: 'axis-label' });
    text.textContent = label.text;
    root.append(text);
  }
  bindDrag(root, bins, step, onSelect);
  return root;
}
