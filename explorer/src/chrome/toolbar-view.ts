// Graph controls: fit, re-layout, zoom, export, copy link.

import { h } from '../dom.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { SIZE_MEASURES, type SizeMeasure } from '../graph/node-weights.ts';
import type { Actions } from '../state/actions.ts';
import { type AppStore, setView } from '../state/app-state.ts';
import { exportJson, exportPng } from '../table/export-view.ts';
import type { Evidence } from '../table/fact-table.ts';

function tool(
  label: string,
  title: string,
  onclick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'btn tool', title, 'aria-label': title, onclick, ...extra },
    label,
  );
}

const SIZE_LABELS: Record<SizeMeasure, string> = { degree: 'relations', sources: 'sources' };

/** What node size stands for, kept in the URL. */
function sizeChoice(store: AppStore): HTMLElement {
  const select = h('select', { 'aria-label': 'Node size by' });
  for (const measure of SIZE_MEASURES) select.append(h('option', { value: measure }, SIZE_LABELS[measure]));
  select.value = store.get().view.size;
  select.addEventListener('change', () => setView(store, { size: select.value as SizeMeasure }));
  store.subscribe((state) => {
    if (select.value !== state.view.size) select.value = state.view.size;
  });
  return h('label', { class: 'size-choice' }, 'Size by', select);
}

/** Table or canvas: a pressed toggle, kept in the URL. */
function tableToggle(store: AppStore): HTMLButtonElement {
  const button = tool('Table', 'Show the visible facts as a table', () =>
    setView(store, { table: !store.get().view.table }),
  );
  const sync = () => button.setAttribute('aria-pressed', String(store.get().view.table));
  store.subscribe(sync);
  sync();
  return button;
}

/** Undo and Redo of canvas changes, enabled when there is something to undo or redo. */
function historyTools(store: AppStore, actions: Actions): HTMLButtonElement[] {
  const undo = tool('Undo', 'Undo the last change to the canvas (U, Ctrl+Z)', () => actions.undo(), {
    'data-action': 'undo',
  });
  const redo = tool('Redo', 'Redo (Shift+U, Ctrl+Shift+Z)', () => actions.redo(), { 'data-action': 'redo' });
  const sync = () => {
    const { past, future } = store.get().history;
    undo.disabled = past.length === 0;
    redo.disabled = future.length === 0;
  };
  store.subscribe((state, previous) => {
    if (state.history !== previous.history) sync();
  });
  sync();
  return [undo, redo];
}

export function createToolbarView(
  view: GraphView,
  store: AppStore,
  actions: Actions,
  evidence: () => Promise<Map<string, Evidence>>,
): HTMLElement {
  const copied = h('span', { class: 'copied', role: 'status' });
  const copyLink = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      copied.textContent = 'Link copied';
    } catch {
      copied.textContent = 'Copy the address bar to share this view';
    }
    setTimeout(() => {
      copied.textContent = '';
    }, 2500);
  };
  return h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls' },
    tool('Fit', 'Fit the graph (F)', () => view.fit()),
    tool('Re-layout', 'Lay the graph out again (L)', () => actions.relayout()),
    ...historyTools(store, actions),
    tool('+', 'Zoom in (+)', () => view.zoomBy(1.25)),
    tool('−', 'Zoom out (−)', () => view.zoomBy(0.8)),
    sizeChoice(store),
    h('span', { class: 'toolbar-sep' }),
    tableToggle(store),
    tool('PNG', 'Export the graph as PNG', () => void exportPng(view.cy, store)),
    tool('JSON', 'Export the visible graph as JSON', () => void exportJson(store, evidence)),
    tool('Copy link', 'Copy a link to this view', () => void copyLink(), { 'data-action': 'copy-link' }),
    copied,
  );
}
