// Undo and redo for the canvas: each change to what is drawn keeps the canvas it replaced.

import type { Subgraph } from '../api/types.ts';
import type { ViewState } from './url-state.ts';

/** The parts of the view that say what is on the canvas. */
export const CANVAS_KEYS = ['focus', 'expanded', 'expandedBy', 'hidden', 'selected'] as const;

export type CanvasView = Pick<ViewState, (typeof CANVAS_KEYS)[number]>;

/** A canvas as it was drawn: restoring it needs no request. */
export interface CanvasSnapshot {
  graph: Subgraph;
  view: CanvasView;
}

export interface CanvasHistory {
  /** Oldest first; the last one is what Undo brings back. */
  past: CanvasSnapshot[];
  /** What Redo brings back, the next one last. */
  future: CanvasSnapshot[];
}

export const EMPTY_HISTORY: CanvasHistory = { past: [], future: [] };

/** Enough to walk back a session of expansions without keeping every graph ever drawn. */
export const HISTORY_LIMIT = 50;

export function canvasOf(graph: Subgraph, view: ViewState): CanvasSnapshot {
  const picked = Object.fromEntries(CANVAS_KEYS.map((key) => [key, view[key]])) as unknown as CanvasView;
  return { graph, view: picked };
}

/** Keeps the canvas a change is about to replace; a new change drops what could be redone. */
export function record(history: CanvasHistory, before: CanvasSnapshot): CanvasHistory {
  return { past: [...history.past, before].slice(-HISTORY_LIMIT), future: [] };
}

export interface Step {
  history: CanvasHistory;
  /** The canvas to draw now. */
  restore: CanvasSnapshot;
}

/** Goes back one change: `current` becomes redoable. Null when there is nothing to undo. */
export function undo(history: CanvasHistory, current: CanvasSnapshot): Step | null {
  const restore = history.past.at(-1);
  if (!restore) return null;
  return { restore, history: { past: history.past.slice(0, -1), future: [...history.future, current] } };
}

/** Goes forward one undone change. Null when there is nothing to redo. */
export function redo(history: CanvasHistory, current: CanvasSnapshot): Step | null {
  const restore = history.future.at(-1);
  if (!restore) return null;
  return { restore, history: { past: [...history.past, current], future: history.future.slice(0, -1) } };
}
