// Wires the explorer together: store, URL, API actions, graph view and panels.

import { createActiveFiltersView } from './chrome/active-filters-view.ts';
import { createFiltersView } from './chrome/filters-view.ts';
import { createFocusNoticeView } from './chrome/focus-notice-view.ts';
import { createHintsView } from './chrome/hints-view.ts';
import { createSelectionBar } from './chrome/selection-bar.ts';
import { createStatusView } from './chrome/status-view.ts';
import { createToolbarView } from './chrome/toolbar-view.ts';
import { createGraphView } from './graph/graph-view.ts';
import { createOverviewView } from './overview/overview-view.ts';
import { createSidePanel } from './panels/side-panel.ts';
import { createPathFinderView } from './paths/path-finder-view.ts';
import { createEntityPicker } from './search/entity-picker.ts';
import { createActions } from './state/actions.ts';
import { initialState } from './state/app-state.ts';
import { bindKeyboard } from './state/keyboard.ts';
import { createSelectionActions } from './state/selection-actions.ts';
import { createStore } from './state/store.ts';
import { parseViewState, serializeViewState } from './state/url-state.ts';
import { createTableView } from './table/table-view.ts';
import { installTestHook } from './test-hook.ts';
import { createTimelineView } from './timeline/timeline-view.ts';

function mount(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: #${id} is missing from index.html`);
  return element;
}

const store = createStore(initialState(parseViewState(window.location.search)));
const actions = createActions(store);
const graphView = createGraphView(mount('graph'), store, actions);
const positionOf = (id: string) => graphView.cy.getElementById(id).position();
const selectionActions = createSelectionActions(store, actions, positionOf);

const search = createEntityPicker({
  label: 'Search entities',
  placeholder: 'Search a country, official, agreement…  ( / )',
  onChoose: (entity) => void actions.focusOn(entity.entityId),
  onAdd: (entity) => void actions.addToCanvas(entity.entityId),
});
mount('search').append(search);
const table = createTableView(store, actions);
mount('toolbar').append(createToolbarView(graphView, store, actions, table.evidence));
mount('filters').append(createFiltersView(store), createPathFinderView(store, actions), createHintsView());
mount('graph-status').append(
  createStatusView(store, () => void actions.loadView()),
  createFocusNoticeView(store),
  createActiveFiltersView(store),
  createSelectionBar(store, actions, selectionActions),
  createOverviewView(store, actions),
  table.element,
);
mount('timeline').append(createTimelineView(store));
createSidePanel(mount('panel'), store, actions, positionOf);
bindKeyboard(graphView, store, actions, selectionActions, search.querySelector('input')!);
// Only in the e2e build: Vite replaces MODE, so production drops the hook and its module entirely.
if (import.meta.env.MODE === 'e2e') installTestHook(graphView, store);

// The URL mirrors the view: a new focus is a history entry, everything else replaces the current one.
let restoring = false;
store.subscribe((state, previous) => {
  if (state.view === previous.view || restoring) return;
  const url = `${window.location.pathname}${serializeViewState(state.view)}`;
  if (state.view.focus !== previous.view.focus) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
});
window.addEventListener('popstate', () => {
  restoring = true;
  store.set({ view: parseViewState(window.location.search) });
  restoring = false;
  void actions.loadView();
});
// A new "known at" date is another graph: load it (the other view changes only filter what is loaded).
store.subscribe((state, previous) => {
  if (state.view.knownAt !== previous.view.knownAt && !restoring) void actions.loadView();
});
// The load status on <body>, so tests and styles can tell when the graph is in.
store.subscribe((state) => {
  document.body.dataset.status = state.status;
});
document.body.dataset.status = store.get().status;
void actions.loadView();
