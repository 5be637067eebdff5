// Everything the explorer shows: the shareable view plus what was loaded for it.

import type { Subgraph } from '../api/types.ts';
import { type CanvasHistory, EMPTY_HISTORY } from './history.ts';
import type { Store } from './store.ts';
import { DEFAULT_VIEW, type ViewState } from './url-state.ts';

export type Status = 'empty' | 'loading' | 'ready' | 'error';

export interface AppState {
  view: ViewState;
  graph: Subgraph;
  status: Status;
  /** Shown with the status: what is loading, or what failed and why. */
  message: string | null;
  /** Node and edge ids of the paths found by the path finder (or of the one chosen in its list). */
  pathElements: string[];
  /** The paths found, shortest first, for the path finder's list. */
  paths: Subgraph[];
  /** The time bar bin whose edges are new at this step of Play; they are highlighted. */
  fresh: string | null;
  /** Bumped to ask the graph view for a fresh layout. */
  layoutRequest: number;
  /** Whether the last change should lay out incrementally (an expansion) rather than from scratch. */
  incremental: boolean;
  /** Canvases before the last changes, for Undo, and the undone ones, for Redo. */
  history: CanvasHistory;
  /** Nodes selected together (shift-click, box, Ctrl+A); it holds while it contains `view.selected`. */
  selection: string[];
}

export type AppStore = Store<AppState>;

export const EMPTY_GRAPH: Subgraph = { nodes: [], edges: [], truncated: false };

export function initialState(view: ViewState = DEFAULT_VIEW): AppState {
  return {
    view,
    graph: EMPTY_GRAPH,
    status: 'empty',
    message: null,
    pathElements: [],
    paths: [],
    fresh: null,
    layoutRequest: 0,
    incremental: false,
    history: EMPTY_HISTORY,
    selection: [],
  };
}

/** Updates part of the view. */
export function setView(store: AppStore, patch: Partial<ViewState>): void {
  store.set({ view: { ...store.get().view, ...patch } });
}
