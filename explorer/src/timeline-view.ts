// The timeline: histogram of dated edges, a range that filters the graph, play, and the undated toggle.
import { type AppStore, setView } from './app-state.ts';
import { h, replaceChildren } from './dom.ts';
import { drawHistogram } from './histogram-svg.ts';
import { createPlayControl } from './play-control.ts';
import { createRangeInputs } from './range-inputs.ts';
import { type Bin, buildHistogram, type Histogram } from './timeline-bins.ts';
import { computeVisibility } from './visibility.ts';

export function createTimelineView(store: AppStore): HTMLElement {
  const chart = h('div', { class: 'histogram-box' });
  const undated = h('input', { type: 'checkbox', name: 'undated' });
  const summary = h('p', { class: 'timeline-summary', role: 'status' });
  let histogram: Histogram = { bins: [], unit: 'month', undated: 0 };
  const setRange = (from: string | null, to: string | null) => setView(store, { from, to });
  const play = createPlayControl(() => histogram.bins, setRange);
  // Any range the person sets stops the playback.
  const setByHand = (from: string | null, to: string | null) => {
    play.stop();
    setRange(from, to);
  };
  const range = createRangeInputs(setByHand);
  const reset = h(
    'button',
    { type: 'button', class: 'btn ghost', onclick: () => setByHand(null, null) },
    'All dates',
  );
  undated.addEventListener('change', () => setView(store, { showUndated: undated.checked }));

  const sync = () => {
    const { view, graph } = store.get();
    histogram = buildHistogram(graph.edges.map((edge) => edge.date));
    range.sync(histogram.bins, view.from, view.to);
    undated.checked = view.showUndated;
    const pick = (bin: Bin) => setByHand(bin.key, bin.key);
    replaceChildren(
      chart,
      histogram.bins.length > 0
        ? drawHistogram(histogram.bins, view.from, view.to, pick, chart.clientWidth)
        : h('p', { class: 'hint' }, 'No dated edges in view.'),
    );
    const shown = computeVisibility(graph, view).edges.size;
    summary.textContent = `${shown} of ${graph.edges.length} edges shown · ${histogram.undated} undated`;
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) sync();
  });
  redrawOnResize(chart, sync);
  sync();
  return h(
    'section',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h(
      'div',
      { class: 'timeline-controls' },
      play.button,
      ...range.fields,
      range.error,
      reset,
      h('label', { class: 'toggle' }, undated, 'Undated edges'),
      summary,
    ),
    chart,
    range.sliders,
  );
}

/** The histogram is drawn at the box's pixel width, so it is redrawn when the box changes size. */
function redrawOnResize(box: HTMLElement, redraw: () => void): void {
  let lastWidth = 0;
  new ResizeObserver(() => {
    if (box.clientWidth === lastWidth) return;
    lastWidth = box.clientWidth;
    redraw();
  }).observe(box);
}
