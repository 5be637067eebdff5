// Draws the timeline histogram as SVG built with DOM calls; bars in the selected range are highlighted.
import { type Bin, binInRange } from './timeline-bins.ts';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 64;
const LABEL_SPACE = 14;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Year labels under the first bin of each year (every bin when bins are years). */
function yearLabel(bin: Bin, index: number, bins: Bin[]): string | null {
  const year = bin.key.slice(0, 4);
  return index === 0 || bins[index - 1]!.key.slice(0, 4) !== year ? year : null;
}

interface BinBox {
  x: number;
  step: number;
  max: number;
  inRange: boolean;
}

/** One bar with a full-height click target and a tooltip. */
function drawBin(bin: Bin, box: BinBox, onPick: (bin: Bin) => void): SVGGElement {
  const height = bin.count === 0 ? 0 : Math.max(3, (bin.count / box.max) * (HEIGHT - 4));
  const group = svg('g', { class: box.inRange ? 'bin in-range' : 'bin' });
  const title = svg('title', {});
  title.textContent = `${bin.key}: ${bin.count} edge${bin.count === 1 ? '' : 's'}`;
  group.append(
    title,
    svg('rect', { x: box.x, y: 0, width: box.step, height: HEIGHT, class: 'bin-hit' }),
    svg('rect', {
      x: box.x + 1,
      y: HEIGHT - height,
      width: Math.max(1, box.step - 2),
      height,
      rx: 1.5,
      class: 'bar',
    }),
  );
  group.addEventListener('click', () => onPick(bin));
  return group;
}

export function drawHistogram(
  bins: Bin[],
  from: string | null,
  to: string | null,
  onPick: (bin: Bin) => void,
  pixelWidth: number,
): SVGSVGElement {
  // Drawing in the box's own pixel width keeps the stretched viewBox from distorting the labels.
  const width = Math.max(pixelWidth, 240);
  const root = svg('svg', {
    class: 'histogram',
    viewBox: `0 0 ${width} ${HEIGHT + LABEL_SPACE}`,
    preserveAspectRatio: 'none',
    role: 'img',
    'aria-label': `Dated edges per ${bins[0]?.key.length === 4 ? 'year' : 'month'}`,
  });
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const step = width / Math.max(1, bins.length);
  bins.forEach((bin, index) => {
    root.append(drawBin(bin, { x: index * step, step, max, inRange: binInRange(bin, from, to) }, onPick));
    const label = yearLabel(bin, index, bins);
    if (!label) return;
    const text = svg('text', { x: index * step + 1, y: HEIGHT + LABEL_SPACE - 3, class: 'axis-label' });
    text.textContent = label;
    root.append(text);
  });
  return root;
}
