// The time bar: bars of dated edges stacked by relation type, zoomable from years to days (the bins follow
// the zoom), a range set by dragging, typing or sliding, Play, agreement periods, the undated toggle and a
// "known at" date.

import type { Subgraph } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { type AppStore, setView } from '../state/app-state.ts';
import { parseDateInput } from '../state/date-input.ts';
import { computeVisibility } from '../state/visibility.ts';
import { belowBars, drawHistogram, type Period } from './histogram-svg.ts';
import { createPlayControl } from './play-control.ts';
import { createRangeInputs } from './range-inputs.ts';
import {
  clampWindow,
  type DayWindow,
  dataExtent,
  toDayWindow,
  toTimeWindow,
  unitForSpan,
} from './time-zoom.ts';
import { bindTimeZoom } from './time-zoom-control.ts';
import { BIN_UNITS, type BinUnit, buildHistogram, type Histogram } from './timeline-bins.ts';

const UNIT_LABELS: Record<BinUnit | 'auto', string> = {
  auto: 'auto',
  year: 'years',
  month: 'months',
  day: 'days',
};

/** Agreements with a start and an end in their properties: drawn as the span they are in force. */
export function agreementPeriods(graph: Subgraph): Period[] {
  return graph.nodes
    .filter((node) => node.type === 'Agreement')
    .flatMap((node) => {
      const start = node.properties.signedOn ?? node.properties.date;
      const end = node.properties.validUntil;
      return typeof start === 'string' && typeof end === 'string' ? [{ label: node.name, start, end }] : [];
    });
}

function unitSelect(store: AppStore): HTMLSelectElement {
  const select = h('select', { 'aria-label': 'Time bar bins' });
  for (const unit of ['auto', ...BIN_UNITS] as const)
    select.append(h('option', { value: unit }, UNIT_LABELS[unit]));
  select.addEventListener('change', () => setView(store, { bin: select.value as BinUnit | 'auto' }));
  return select;
}

function knownAtField(store: AppStore): {
  element: HTMLElement;
  input: HTMLInputElement;
  error: HTMLElement;
} {
  const input = h('input', {
    type: 'text',
    class: 'date-input',
    name: 'known',
    'aria-label': 'Known at',
    placeholder: 'today',
  });
  const error = h('p', { class: 'date-error', role: 'alert', hidden: true });
  const commit = () => {
    const parsed = parseDateInput(input.value);
    error.hidden = parsed.ok;
    error.textContent = parsed.ok ? '' : `Known at: ${parsed.error}`;
    if (parsed.ok) setView(store, { knownAt: parsed.value });
  };
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (event) => event.key === 'Enter' && commit());
  return {
    element: h(
      'label',
      { class: 'date-field', title: 'Show the graph as its sources had published it by this date' },
      'Known at',
      input,
    ),
    input,
    error,
  };
}

export function createTimelineView(store: AppStore): HTMLElement {
  const chart = h('div', { class: 'histogram-box' });
  const undated = h('input', { type: 'checkbox', name: 'undated' });
  const summary = h('p', { class: 'timeline-summary', role: 'status' });
  const units = unitSelect(store);
  const known = knownAtField(store);
  let histogram: Histogram = { bins: [], unit: 'month', undated: 0 };
  let zoomed: { window: DayWindow; extent: DayWindow } | null = null;
  const zoom = bindTimeZoom(chart, {
    current: () => zoomed,
    // Zooming hands the bins back to the zoom (auto), so they go from years to months to days.
    set: (window) =>
      setView(store, { timeWindow: window && toTimeWindow(window), ...(window ? { bin: 'auto' } : {}) }),
    onAxis: (event) => {
      const root = chart.querySelector('svg.histogram');
      return root !== null && belowBars(root, event.clientY);
    },
  });
  const play = createPlayControl({
    bins: () => histogram.bins,
    range: () => ({ from: store.get().view.from, to: store.get().view.to }),
    show: (step, range) => {
      store.set({ fresh: step?.fresh ?? null });
      setView(store, step ? { from: step.from, to: step.to } : range);
    },
  });
  // Any range the person sets stops the playback.
  const setByHand = (from: string | null, to: string | null) => {
    play.stop();
    setView(store, { from, to });
  };
  const range = createRangeInputs(setByHand);
  const reset = h(
    'button',
    { type: 'button', class: 'btn ghost', onclick: () => setByHand(null, null) },
    'All dates',
  );
  undated.addEventListener('change', () => setView(store, { showUndated: undated.checked }));

  const sync = () => {
    const { view, graph, fresh } = store.get();
    const entries = graph.edges.map((edge) => ({ date: edge.date, type: edge.type }));
    const extent = dataExtent(
      entries.flatMap((entry) => ((entry.date?.length ?? 0) >= 4 ? [entry.date!] : [])),
    );
    const window = extent && view.timeWindow ? clampWindow(toDayWindow(view.timeWindow), extent) : null;
    const unit =
      window && view.bin === 'auto'
        ? unitForSpan(window.end - window.start, chart.clientWidth || 800)
        : view.bin;
    histogram = buildHistogram(entries, unit, window && toTimeWindow(window));
    zoomed = extent && { window: window ?? extent, extent };
    range.sync(histogram.bins, view.from, view.to, {
      first: !window || window.start <= extent!.start,
      last: !window || window.end >= extent!.end,
    });
    undated.checked = view.showUndated;
    units.value = view.bin;
    if (document.activeElement !== known.input && known.error.hidden) known.input.value = view.knownAt ?? '';
    const input = {
      ...histogram,
      from: view.from,
      to: view.to,
      fresh,
      periods: agreementPeriods(graph),
      width: chart.clientWidth,
    };
    replaceChildren(
      chart,
      histogram.bins.length > 0
        ? drawHistogram(input, (first, last) => setByHand(first.key, last.key))
        : h('p', { class: 'hint' }, 'No dated edges in view.'),
    );
    const visible = computeVisibility(graph, view).edges.size;
    const asOf = view.knownAt ? ` · as known at ${view.knownAt}` : '';
    summary.textContent = `${visible} of ${graph.edges.length} edges shown · ${histogram.undated} undated${asOf}`;
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph || state.fresh !== previous.fresh)
      sync();
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
      reset,
      units,
      zoom,
      known.element,
      h('label', { class: 'toggle' }, undated, 'Undated edges'),
      summary,
      range.error,
      known.error,
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
