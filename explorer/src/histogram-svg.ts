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
    const height = bin.count === 0 ? 0 : Math.max(3, (bin.count / max) * (HEIGHT - 4));
    const group = svg('g', { class: binInRange(bin, from, to) ? 'bin in-range' : 'bin' });
    const hit = svg('rect', { x: index * step, y: 0, width: step, height: HEIGHT, class: 'bin-hit' });
    const bar = svg('rect', {
      x: index * step + 1,
      y: HEIGHT - height,
      width: Math.max(1, step - 2),
      height,
      rx: 1.5,
      class: 'bar',
    });
    const title = svg('title', {});
    title.textContent = `${bin.key}: ${bin.count} edge${bin.count === 1 ? '' : 's'}`;
    group.append(title, hit, bar);
    group.addEventListener('click', () => onPick(bin));
    root.append(group);
    const label = yearLabel(bin, index, bins);
    if (label) {
      const text = svg('text', { x: index * step + 1, y: HEIGHT + LABEL_SPACE - 3, class: 'axis-label' });
      text.textContent = label;
      root.append(text);
    }
  });
  return root;
}
