// The selection of several nodes and what can be done with it. The store keeps `selection` beside the
// view's `selected` (the element the panel shows, in the URL); the selection holds only while it contains
// `selected`, so whatever selects one element another way (a panel link, a new focus, Esc) ends it.
import type { GraphNode } from '../api/types.ts';
import type { AppState } from './app-state.ts';
import type { ViewState } from './url-state.ts';

type SelectionState = Pick<AppState, 'view' | 'graph' | 'selection'>;
type SelectionPatch = Pick<AppState, 'view' | 'selection'>;

/** The selected element ids: the selection when it holds, else the single selected element. */
export function selectedIds(state: Pick<AppState, 'view' | 'selection'>): string[] {
  const { selected } = state.view;
  if (!selected) return [];
  return state.selection.includes(selected) ? state.selection : [selected];
}

/** The selected nodes that are loaded and not hidden, in the order they were chosen. */
export function selectedNodes(state: SelectionState): GraphNode[] {
  const nodes = new Map(state.graph.nodes.map((node) => [node.id, node]));
  const hidden = new Set(state.view.hidden);
  return selectedIds(state)
    .filter((id) => !hidden.has(id))
    .map((id) => nodes.get(id))
    .filter((node): node is GraphNode => node !== undefined);
}

/** The panel shows the node chosen last. */
function withNodes(state: SelectionState, ids: string[]): SelectionPatch {
  return { selection: ids, view: { ...state.view, selected: ids.at(-1) ?? null } };
}

/** Shift-click: adds a node to the selection, or takes it out. */
export function toggleSelection(state: SelectionState, id: string): SelectionPatch {
  const current = selectedNodes(state).map((node) => node.id);
  return withNodes(state, current.includes(id) ? current.filter((other) => other !== id) : [...current, id]);
}

/** Box selection and Ctrl+A: the nodes join the selection. */
export function addToSelection(state: SelectionState, ids: string[]): SelectionPatch {
  const current = selectedNodes(state).map((node) => node.id);
  return withNodes(state, [...new Set([...current, ...ids])]);
}

export type SelectionAction = 'expand' | 'hide' | 'pin' | 'keep' | 'paths' | 'merge';

export interface SelectionChoice {
  action: SelectionAction;
  label: string;
  /** Why the action does not apply, when it does not. */
  refused: string | null;
}

/** The actions on a selection, with the reason each one does not apply (null when it does). */
export function selectionChoices(
  nodes: GraphNode[],
  view: ViewState,
  visibleCount: number,
): SelectionChoice[] {
  const expanded = new Set([view.focus, ...view.expanded]);
  const pinned = new Set(view.pinned.map((pin) => pin.id));
  const allPinned = nodes.length > 0 && nodes.every((node) => pinned.has(node.id));
  const two = nodes.length === 2;
  const [a, b] = nodes;
  const none = nodes.length === 0 ? 'Nothing is selected.' : null;
  return [
    {
      action: 'expand',
      label: 'Expand all',
      refused: none ?? (nodes.every((node) => expanded.has(node.id)) ? 'All are expanded.' : null),
    },
    { action: 'hide', label: 'Hide', refused: none },
    { action: 'pin', label: allPinned ? 'Unpin' : 'Pin', refused: none },
    {
      action: 'keep',
      label: 'Keep only these',
      refused: none ?? (visibleCount <= nodes.length ? 'Nothing else is shown.' : null),
    },
    { action: 'paths', label: 'Find paths', refused: two ? null : 'Select two entities to find paths.' },
    { action: 'merge', label: 'Merge…', refused: mergeRefusal(a, b, two) },
  ];
}

function mergeRefusal(a: GraphNode | undefined, b: GraphNode | undefined, two: boolean): string | null {
  if (!two || !a || !b) return 'Select two entities to merge them.';
  if (a.type !== b.type) return `Only entities of one type merge: ${a.type} and ${b.type} differ.`;
  return null;
}

/** After a merge the gone entity's place in the view goes to the kept one (focus, expansions, pins, paths). */
export function viewAfterMerge(view: ViewState, merged: string, kept: string): ViewState {
  const swap = (id: string | null) => (id === merged ? kept : id);
  const unique = (ids: string[]) => [...new Set(ids.map((id) => swap(id)!))];
  return {
    ...view,
    focus: swap(view.focus),
    expanded: unique(view.expanded).filter((id) => id !== swap(view.focus)),
    hidden: unique(view.hidden).filter((id) => id !== kept),
    pinned: view.pinned.filter((pin) => pin.id !== merged),
    selected: kept,
    pathFrom: swap(view.pathFrom),
    pathTo: swap(view.pathTo),
  };
}
