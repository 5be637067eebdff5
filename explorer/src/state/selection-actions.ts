// What the selection bar does to the selected nodes: expand, hide, pin or unpin them, keep only them,
// find paths between two, and give a merged entity's place in the view to the kept one.
import { type Actions, rememberCanvas } from './actions.ts';
import { type AppStore, setView } from './app-state.ts';
import { EMPTY_HISTORY } from './history.ts';
import { viewAfterMerge } from './selection.ts';
import { computeVisibility } from './visibility.ts';

type PositionOf = (id: string) => { x: number; y: number };

export interface SelectionActions {
  expandAll(ids: string[]): Promise<void>;
  hideAll(ids: string[]): void;
  togglePinnedAll(ids: string[]): void;
  keepOnly(ids: string[]): void;
  findPaths(from: string, to: string): Promise<void>;
  /** After a merge: the view names the kept entity where it named the merged one, and is reloaded. */
  merged(merged: string, kept: string): Promise<void>;
}

export function createSelectionActions(
  store: AppStore,
  actions: Actions,
  positionOf: PositionOf,
): SelectionActions {
  return {
    // One request for every neighbourhood, and one step for Undo.
    expandAll: (ids) => actions.expandMany(ids),
    hideAll(ids) {
      rememberCanvas(store);
      const { view } = store.get();
      store.set({
        selection: [],
        view: { ...view, hidden: [...new Set([...view.hidden, ...ids])], selected: null },
      });
    },
    togglePinnedAll(ids) {
      const { pinned } = store.get().view;
      const had = new Set(pinned.map((pin) => pin.id));
      const next = ids.every((id) => had.has(id))
        ? pinned.filter((pin) => !ids.includes(pin.id))
        : [...pinned, ...ids.filter((id) => !had.has(id)).map((id) => ({ id, ...positionOf(id) }))];
      setView(store, { pinned: next });
    },
    keepOnly(ids) {
      rememberCanvas(store);
      const { graph, view } = store.get();
      // The focus stays: the filters never hide it (visibility.ts), it would only raise a notice.
      const keep = new Set([...ids, view.focus]);
      const others = [...computeVisibility(graph, view).nodes].filter((id) => !keep.has(id));
      setView(store, { hidden: [...new Set([...view.hidden, ...others])] });
    },
    findPaths: (from, to) => actions.findPath(from, to),
    async merged(merged, kept) {
      // Canvases drawn before the merge show an entity that is gone: Undo cannot bring them back (the
      // audit trail's Undo splits the entities instead).
      store.set({
        selection: [],
        history: EMPTY_HISTORY,
        view: viewAfterMerge(store.get().view, merged, kept),
      });
      await actions.loadView();
    },
  };
}
