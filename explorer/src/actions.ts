// What a person can do: each action updates the store and fetches what it needs from the API.
import { fetchNeighborhood, fetchPaths } from './api.ts';
import { type AppStore, EMPTY_GRAPH, setView } from './app-state.ts';
import { describeError } from './graphql-request.ts';
import { checkServer } from './server-health.ts';
import { mergeSubgraphs } from './to-elements.ts';
import type { Subgraph } from './types.ts';

export interface Actions {
  /** Loads the graph the current view describes (start-up, reload, back/forward). */
  loadView(): Promise<void>;
  focusOn(id: string): Promise<void>;
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
  return focus ? [focus, ...expanded.filter((id) => id !== focus)] : [];
}

export function createActions(store: AppStore): Actions {
  const fail = (error: unknown) => store.set({ status: 'error', message: describeError(error) });

  async function loadPath(from: string, to: string): Promise<void> {
    const paths = await fetchPaths({ from, to });
    const pathElements = paths.flatMap((path) => [...path.nodes, ...path.edges].map((element) => element.id));
    const graph = mergeSubgraphs(store.get().graph, ...paths);
    const message = paths.length === 0 ? 'No path found within 4 hops.' : null;
    store.set({ graph, pathElements, status: 'ready', message, incremental: false });
  }

  async function loadView(): Promise<void> {
    const { focus, pathFrom, pathTo } = store.get().view;
    if (!focus && !(pathFrom && pathTo)) {
      store.set({ graph: EMPTY_GRAPH, status: 'empty', message: null, pathElements: [] });
      await checkServer().catch(fail);
      return;
    }
    store.set({ status: 'loading', message: 'Loading the neighbourhood…' });
    try {
      const ids = viewIds(store);
      const graph: Subgraph = ids.length > 0 ? await fetchNeighborhood({ ids }) : EMPTY_GRAPH;
      store.set({ graph, status: 'ready', message: null, pathElements: [], incremental: false });
      if (pathFrom && pathTo) await loadPath(pathFrom, pathTo);
    } catch (error) {
      fail(error);
    }
  }

  return {
    loadView,
    async focusOn(id) {
      setView(store, { focus: id, expanded: [], hidden: [], selected: id, pathFrom: null, pathTo: null });
      await loadView();
    },
    async expand(id) {
      const { view } = store.get();
      if (view.expanded.includes(id) || id === view.focus) return;
      setView(store, { expanded: [...view.expanded, id] });
      store.set({ status: 'loading', message: 'Expanding…' });
      try {
        // The same single query a reopened link makes, so both show the same graph.
        const more = await fetchNeighborhood({ ids: viewIds(store) });
        store.set({
          graph: mergeSubgraphs(more, store.get().graph),
          status: 'ready',
          message: null,
          incremental: true,
        });
      } catch (error) {
        fail(error);
      }
    },
    toggleHidden(id) {
      const { hidden, selected } = store.get().view;
      const next = hidden.includes(id) ? hidden.filter((other) => other !== id) : [...hidden, id];
      setView(store, { hidden: next, selected: selected === id ? null : selected });
    },
    togglePinned(id, position) {
      const { pinned } = store.get().view;
      const next = pinned.some((pin) => pin.id === id)
        ? pinned.filter((pin) => pin.id !== id)
        : [...pinned, { id, ...position }];
      setView(store, { pinned: next });
    },
    select(id) {
      setView(store, { selected: id });
    },
    async findPath(from, to) {
      setView(store, { pathFrom: from, pathTo: to });
      store.set({ status: 'loading', message: 'Finding paths…' });
      try {
        await loadPath(from, to);
      } catch (error) {
        fail(error);
      }
    },
    clearPath() {
      setView(store, { pathFrom: null, pathTo: null });
      store.set({ pathElements: [] });
    },
    relayout() {
      store.set({ layoutRequest: store.get().layoutRequest + 1, incremental: false });
    },
  };
}
