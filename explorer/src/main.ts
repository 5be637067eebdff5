// Wires the explorer together: store, URL, API actions, graph view and panels.
import { createActions } from './actions.ts';
import { createActiveFiltersView } from './active-filters-view.ts';
import { initialState } from './app-state.ts';
import { createEntityPicker } from './entity-picker.ts';
import { createFiltersView } from './filters-view.ts';
import { createFocusNoticeView } from './focus-notice-view.ts';
import { createGraphView } from './graph-view.ts';
import { createHintsView } from './hints-view.ts';
import { bindKeyboard } from './keyboard.ts';
import { createOverviewView } from './overview-view.ts';
import { createPathFinderView } from './path-finder-view.ts';
import { createSidePanel } from './side-panel.ts';
import { createStatusView } from './status-view.ts';
import { createStore } from './store.ts';
import { createTableView } from './table-view.ts';
import { installTestHook } from './test-hook.ts';
import { createTimelineView } from './timeline-view.ts';
import { createToolbarView } from './toolbar-view.ts';
import { parseViewState, serializeViewState } from './url-state.ts';

function mount(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: #${id} is missing from index.html`);
  return element;
}

const store = createStore(initialState(parseViewState(window.location.search)));
const actions = createActions(store);
const graphView = createGraphView(mount('graph'), store, actions);

const search = createEntityPicker({
  label: 'Search entities',
  placeholder: 'Search a country, official, agreement…  ( / )',
  onChoose: (entity) => void actions.focusOn(entity.entityId),
});
mount('search').append(search);
const table = createTableView(store, actions);
mount('toolbar').append(createToolbarView(graphView, store, actions, table.evidence));
mount('filters').append(createFiltersView(store), createPathFinderView(store, actions), createHintsView());
mount('graph-status').append(
  createStatusView(store, () => void actions.loadView()),
  createFocusNoticeView(store),
  createActiveFiltersView(store),
  createOverviewView(store, actions),
  table.element,
);
mount('timeline').append(createTimelineView(store));
createSidePanel(mount('panel'), store, actions, (id) => graphView.cy.getElementById(id).position());
bindKeyboard(graphView, store, actions, search.querySelector('input')!);
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
