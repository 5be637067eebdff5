// What a person can do: each action updates the store and fetches what it needs from the API.
import { fetchNeighborhood, fetchPaths } from '../api/api.ts';
import { describeError } from '../api/graphql-request.ts';
import { checkServer } from '../api/server-health.ts';
import type { RelationType, Subgraph } from '../api/types.ts';
import { mergeSubgraphs } from '../graph/to-elements.ts';
import { type AppState, type AppStore, EMPTY_GRAPH, setView } from './app-state.ts';
import { type CanvasSnapshot, canvasOf, record, redo, undo } from './history.ts';

export interface Actions {
  /** Loads the graph the current view describes (start-up, reload, back/forward). */
  loadView(): Promise<void>;
  focusOn(id: string): Promise<void>;
  /** Opens the neighbourhoods of several entities with no focus (the overview's starting graph). */
  openMany(ids: string[]): Promise<void>;
  expand(id: string): Promise<void>;
  /** Expands several nodes in one request and one Undo step. */
  expandMany(ids: string[]): Promise<void>;
  /** Adds the neighbours of `id` through these relation types only. */
  expandTypes(id: string, types: RelationType[]): Promise<void>;
  /** Draws an entity and its relations beside what is already drawn, and selects it. */
  addToCanvas(id: string): Promise<void>;
  /** Brings back the canvas before the last change to it (expand, add, hide, focus), or forward again. */
  undo(): void;
  redo(): void;
  toggleHidden(id: string): void;
  togglePinned(id: string, position: { x: number; y: number }): void;
  select(id: string | null): void;
  findPath(from: string, to: string): Promise<void>;
  clearPath(): void;
  relayout(): void;
}

/** The ids whose neighbourhoods make up the view: the focus, then the expanded nodes in order. */
function viewIds(store: AppStore): string[] {
  const { focus, expanded } = store.get().view;
  return focus ? [focus, ...expanded.filter((id) => id !== focus)] : expanded;
}

/** The full neighbourhoods are one request; each typed expansion is one more. */
async function fetchCanvas(store: AppStore, fullIds: string[]): Promise<Subgraph> {
  const { expandedBy, knownAt } = store.get().view;
  const typed = expandedBy.filter((entry) => !fullIds.includes(entry.id));
  const parts = await Promise.all([
    fullIds.length > 0 ? fetchNeighborhood({ ids: fullIds, knownAt }) : EMPTY_GRAPH,
    ...typed.map((entry) => fetchNeighborhood({ ids: [entry.id], relationTypes: entry.types, knownAt })),
  ]);
  return mergeSubgraphs(...parts);
}

/** Keeps the canvas an action is about to change, for Undo. */
export function rememberCanvas(store: AppStore): void {
  const { graph, view, history } = store.get();
  store.set({ history: record(history, canvasOf(graph, view)) });
}

/** Bumped by every load: an answer that arrives after a newer load started is dropped. */
const loads = new WeakMap<AppStore, number>();

function beginLoad(store: AppStore): () => boolean {
  const mine = (loads.get(store) ?? 0) + 1;
  loads.set(store, mine);
  return () => loads.get(store) === mine;
}

function fail(store: AppStore, error: unknown): void {
  store.set({ status: 'error', message: describeError(error) });
}

async function loadPath(store: AppStore, from: string, to: string): Promise<void> {
  const { pathHops, pathTypes, pathDateFrom, pathDateTo } = store.get().view;
  const paths = await fetchPaths({
    from,
    to,
    maxHops: pathHops,
    relationTypes: pathTypes.length > 0 ? pathTypes : undefined,
    dateFrom: pathDateFrom,
    dateTo: pathDateTo,
  });
  const pathElements = paths.flatMap((path) => [...path.nodes, ...path.edges].map((element) => element.id));
  const graph = mergeSubgraphs(store.get().graph, ...paths);
  const message = paths.length === 0 ? `No path found within ${pathHops} hops.` : null;
  store.set({ graph, paths, pathElements, status: 'ready', message, incremental: false });
}

async function loadView(store: AppStore): Promise<void> {
  const { pathFrom, pathTo } = store.get().view;
  const current = beginLoad(store);
  const ids = viewIds(store);
  const typed = store.get().view.expandedBy.length > 0;
  if (ids.length === 0 && !typed && !(pathFrom && pathTo)) {
    store.set({ graph: EMPTY_GRAPH, status: 'empty', message: null, pathElements: [], paths: [] });
    await checkServer().catch((error: unknown) => current() && fail(store, error));
    return;
  }
  store.set({ status: 'loading', message: 'Loading the neighbourhood…' });
  try {
    const graph = await fetchCanvas(store, ids);
    if (!current()) return;
    store.set({ graph, status: 'ready', message: null, pathElements: [], paths: [], incremental: false });
    if (pathFrom && pathTo) await loadPath(store, pathFrom, pathTo);
  } catch (error) {
    if (current()) fail(store, error);
  }
}

async function expand(store: AppStore, ids: string[]): Promise<void> {
  const { view } = store.get();
  const todo = [...new Set(ids)].filter((id) => !view.expanded.includes(id) && id !== view.focus);
  if (todo.length === 0) return;
  rememberCanvas(store);
  setView(store, {
    expanded: [...view.expanded, ...todo],
    expandedBy: view.expandedBy.filter((entry) => !todo.includes(entry.id)),
  });
  store.set({ status: 'loading', message: 'Expanding…' });
  const current = beginLoad(store);
  try {
    // The same single query a reopened link makes, so both show the same graph.
    const more = await fetchNeighborhood({ ids: viewIds(store), knownAt: store.get().view.knownAt });
    if (!current()) return;
    store.set({
      graph: mergeSubgraphs(more, store.get().graph),
      status: 'ready',
      message: null,
      incremental: true,
    });
  } catch (error) {
    if (current()) fail(store, error);
  }
}

async function expandTypes(store: AppStore, id: string, types: RelationType[]): Promise<void> {
  const { view } = store.get();
  const before = view.expandedBy.find((entry) => entry.id === id)?.types ?? [];
  const wanted = types.filter((type) => !before.includes(type));
  if (view.expanded.includes(id) || id === view.focus || wanted.length === 0) return;
  rememberCanvas(store);
  const others = view.expandedBy.filter((entry) => entry.id !== id);
  setView(store, { expandedBy: [...others, { id, types: [...before, ...wanted] }] });
  store.set({ status: 'loading', message: `Adding ${wanted.join(', ')} neighbours…` });
  const current = beginLoad(store);
  try {
    const more = await fetchNeighborhood({ ids: [id], relationTypes: wanted, knownAt: view.knownAt });
    if (!current()) return;
    const graph = mergeSubgraphs(store.get().graph, more);
    store.set({ graph, status: 'ready', message: null, incremental: true });
  } catch (error) {
    if (current()) fail(store, error);
  }
}

/** Draws a remembered canvas again: no request, and the layout keeps the nodes that stay. */
function restore(store: AppStore, step: { history: AppState['history']; restore: CanvasSnapshot } | null) {
  if (!step) return;
  beginLoad(store);
  const { graph, view } = step.restore;
  const empty = graph.nodes.length === 0;
  store.set({
    history: step.history,
    graph,
    view: { ...store.get().view, ...view },
    status: empty ? 'empty' : 'ready',
    message: null,
    incremental: true,
  });
}

function toggle<T>(list: T[], item: T, same: (a: T, b: T) => boolean): T[] {
  return list.some((other) => same(other, item))
    ? list.filter((other) => !same(other, item))
    : [...list, item];
}

export function createActions(store: AppStore): Actions {
  return {
    loadView: () => loadView(store),
    async focusOn(id) {
      rememberCanvas(store);
      setView(store, {
        focus: id,
        expanded: [],
        expandedBy: [],
        hidden: [],
        selected: id,
        pathFrom: null,
        pathTo: null,
      });
      await loadView(store);
    },
    async openMany(ids) {
      rememberCanvas(store);
      setView(store, {
        focus: null,
        expanded: ids,
        expandedBy: [],
        hidden: [],
        selected: null,
        pathFrom: null,
        pathTo: null,
      });
      await loadView(store);
    },
    expand: (id) => expand(store, [id]),
    expandMany: (ids) => expand(store, ids),
    expandTypes: (id, types) => expandTypes(store, id, types),
    async addToCanvas(id) {
      await expand(store, [id]);
      setView(store, { selected: id });
    },
    undo() {
      const { graph, view, history } = store.get();
      restore(store, undo(history, canvasOf(graph, view)));
    },
    redo() {
      const { graph, view, history } = store.get();
      restore(store, redo(history, canvasOf(graph, view)));
    },
    toggleHidden(id) {
      const { hidden, selected } = store.get().view;
      rememberCanvas(store);
      setView(store, {
        hidden: toggle(hidden, id, (a, b) => a === b),
        selected: selected === id ? null : selected,
      });
    },
    togglePinned(id, position) {
      setView(store, {
        pinned: toggle(store.get().view.pinned, { id, ...position }, (a, b) => a.id === b.id),
      });
    },
    // One element chosen: any selection of several ends.
    select: (id) => store.set({ selection: [], view: { ...store.get().view, selected: id } }),
    async findPath(from, to) {
      setView(store, { pathFrom: from, pathTo: to });
      store.set({ status: 'loading', message: 'Finding paths…' });
      await loadPath(store, from, to).catch((error: unknown) => fail(store, error));
    },
    clearPath() {
      setView(store, { pathFrom: null, pathTo: null });
      store.set({ pathElements: [], paths: [] });
    },
    relayout: () => store.set({ layoutRequest: store.get().layoutRequest + 1, incremental: false }),
  };
}
