// What a person can do: each action updates the store and fetches what it needs from the API.
import { fetchNeighborhood, fetchPaths } from '../api/api.ts';
import { describeError } from '../api/graphql-request.ts';
import { checkServer } from '../api/server-health.ts';
import { mergeSubgraphs } from '../graph/to-elements.ts';
import { type AppStore, EMPTY_GRAPH, setView } from './app-state.ts';

export interface Actions {
  /** Loads the graph the current view describes (start-up, reload, back/forward). */
  loadView(): Promise<void>;
  focusOn(id: string): Promise<void>;
  /** Opens the neighbourhoods of several entities with no focus (the overview's starting graph). */
  openMany(ids: string[]): Promise<void>;
  expand(id: string): Promise<void>;
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
  if (ids.length === 0 && !(pathFrom && pathTo)) {
    store.set({ graph: EMPTY_GRAPH, status: 'empty', message: null, pathElements: [], paths: [] });
    await checkServer().catch((error: unknown) => current() && fail(store, error));
    return;
  }
  store.set({ status: 'loading', message: 'Loading the neighbourhood…' });
  try {
    const { knownAt } = store.get().view;
    const graph = ids.length > 0 ? await fetchNeighborhood({ ids, knownAt }) : EMPTY_GRAPH;
    if (!current()) return;
    store.set({ graph, status: 'ready', message: null, pathElements: [], paths: [], incremental: false });
    if (pathFrom && pathTo) await loadPath(store, pathFrom, pathTo);
  } catch (error) {
    if (current()) fail(store, error);
  }
}

async function expand(store: AppStore, id: string): Promise<void> {
  const { view } = store.get();
  if (view.expanded.includes(id) || id === view.focus) return;
  setView(store, { expanded: [...view.expanded, id] });
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

function toggle<T>(list: T[], item: T, same: (a: T, b: T) => boolean): T[] {
  return list.some((other) => same(other, item))
    ? list.filter((other) => !same(other, item))
    : [...list, item];
}

export function createActions(store: AppStore): Actions {
  return {
    loadView: () => loadView(store),
    async focusOn(id) {
      setView(store, { focus: id, expanded: [], hidden: [], selected: id, pathFrom: null, pathTo: null });
      await loadView(store);
    },
    async openMany(ids) {
      setView(store, {
        focus: null,
        expanded: ids,
        hidden: [],
        selected: null,
        pathFrom: null,
        pathTo: null,
      });
      await loadView(store);
    },
    expand: (id) => expand(store, id),
    toggleHidden(id) {
      const { hidden, selected } = store.get().view;
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
    select: (id) => setView(store, { selected: id }),
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
