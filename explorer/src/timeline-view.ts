// The timeline: histogram of dated edges, a range that filters the graph, play, and the undated toggle.
import { type AppStore, setView } from './app-state.ts';
import { inDateRange } from './date-range.ts';
import { h, replaceChildren } from './dom.ts';
import { drawHistogram } from './histogram-svg.ts';
import { type Bin, buildHistogram, type Histogram } from './timeline-bins.ts';
import { computeVisibility } from './visibility.ts';

const PLAY_STEP_MS = 700;
const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

function boundIndex(bins: Bin[], bound: string | null, side: 'from' | 'to'): number {
  if (!bound) return side === 'from' ? 0 : bins.length - 1;
  const inside = bins.map((bin) =>
    side === 'from' ? inDateRange(bin.key, bound, null) : inDateRange(bin.key, null, bound),
  );
  const index = side === 'from' ? inside.indexOf(true) : inside.lastIndexOf(true);
  return index < 0 ? (side === 'from' ? bins.length - 1 : 0) : index;
}

export function createTimelineView(store: AppStore): HTMLElement {
  const chart = h('div', { class: 'histogram-box' });
  const fromInput = h('input', {
    type: 'text',
    class: 'date-input',
    name: 'from',
    'aria-label': 'From date',
    placeholder: 'YYYY-MM-DD',
    pattern: DATE_PATTERN,
  });
  const toInput = h('input', {
    type: 'text',
    class: 'date-input',
    name: 'to',
    'aria-label': 'To date',
    placeholder: 'YYYY-MM-DD',
    pattern: DATE_PATTERN,
  });
  const fromSlider = h('input', {
    type: 'range',
    min: 0,
    value: 0,
    'aria-label': 'Range start',
    class: 'range from',
  });
  const toSlider = h('input', {
    type: 'range',
    min: 0,
    value: 0,
    'aria-label': 'Range end',
    class: 'range to',
  });
  const undated = h('input', { type: 'checkbox', name: 'undated' });
  const play = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false' }, '▶ Play');
  const summary = h('p', { class: 'timeline-summary', role: 'status' });
  const sliders = h('div', { class: 'range-sliders' }, fromSlider, toSlider);
  let histogram: Histogram = { bins: [], unit: 'month', undated: 0 };
  let timer: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const setRange = (from: string | null, to: string | null) => setView(store, { from, to });
  const commitInputs = () => {
    const valid = (input: HTMLInputElement) =>
      new RegExp(`^${DATE_PATTERN}$`).test(input.value.trim()) ? input.value.trim() : null;
    stop();
    setRange(valid(fromInput), valid(toInput));
  };
  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', commitInputs);
    input.addEventListener('keydown', (event) => event.key === 'Enter' && commitInputs());
  }
  const onSlide = () => {
    const bins = histogram.bins;
    let start = Number(fromSlider.value);
    let end = Number(toSlider.value);
    if (start > end) [start, end] = [end, start];
    stop();
    setRange(start === 0 ? null : bins[start]!.key, end === bins.length - 1 ? null : bins[end]!.key);
  };
  fromSlider.addEventListener('input', onSlide);
  toSlider.addEventListener('input', onSlide);
  undated.addEventListener('change', () => setView(store, { showUndated: undated.checked }));
  play.addEventListener('click', () => {
    if (timer) return stop();
    const bins = histogram.bins;
    if (bins.length === 0) return;
    let index = 0;
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    setRange(null, bins[0]!.key);
    timer = setInterval(() => {
      index++;
      if (index >= bins.length) return stop();
      setRange(null, bins[index]!.key);
    }, PLAY_STEP_MS);
  });
  const reset = h(
    'button',
    {
      type: 'button',
      class: 'btn ghost',
      onclick: () => {
        stop();
        setRange(null, null);
      },
    },
    'All dates',
  );

  const sync = () => {
    const { view, graph } = store.get();
    histogram = buildHistogram(graph.edges.map((edge) => edge.date));
    const last = Math.max(0, histogram.bins.length - 1);
    for (const slider of [fromSlider, toSlider]) slider.max = String(last);
    sliders.hidden = histogram.bins.length < 2;
    fromSlider.value = String(boundIndex(histogram.bins, view.from, 'from'));
    toSlider.value = String(boundIndex(histogram.bins, view.to, 'to'));
    if (document.activeElement !== fromInput) fromInput.value = view.from ?? '';
    if (document.activeElement !== toInput) toInput.value = view.to ?? '';
    undated.checked = view.showUndated;
    const pick = (bin: Bin) => {
      stop();
      setRange(bin.key, bin.key);
    };
    replaceChildren(
      chart,
      histogram.bins.length > 0
        ? drawHistogram(histogram.bins, view.from, view.to, pick, chart.clientWidth)
        : h('p', { class: 'hint' }, 'No dated edges in view.'),
    );
    const visible = computeVisibility(graph, view).edges.size;
    summary.textContent = `${visible} of ${graph.edges.length} edges shown · ${histogram.undated} undated`;
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) sync();
  });
  sync();
  // The histogram is drawn at the box's pixel width, so it is redrawn when the box changes size.
  let lastWidth = 0;
  new ResizeObserver(() => {
    if (chart.clientWidth === lastWidth) return;
    lastWidth = chart.clientWidth;
    sync();
  }).observe(chart);
  return h(
    'section',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h(
      'div',
      { class: 'timeline-controls' },
      play,
      h('label', { class: 'date-field' }, 'From', fromInput),
      h('label', { class: 'date-field' }, 'To', toInput),
      reset,
      h('label', { class: 'toggle' }, undated, 'Undated edges'),
      summary,
    ),
    chart,
    sliders,
  );
}
