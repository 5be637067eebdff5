// Keyboard shortcuts for the main actions, ignored while typing in a field.

import type { GraphView } from '../graph/graph-view.ts';
import { openExpandMenu } from '../panels/expand-menu.ts';
import type { Actions } from './actions.ts';
import type { AppStore } from './app-state.ts';
import { addToSelection, selectedIds } from './selection.ts';
import type { SelectionActions } from './selection-actions.ts';

/** Inputs that take no typed text: focus stays on them after a click, and shortcuts must still work. */
const CLICK_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !CLICK_INPUTS.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function bindKeyboard(
  view: GraphView,
  store: AppStore,
  actions: Actions,
  selectionActions: SelectionActions,
  searchInput: HTMLInputElement,
): void {
  document.addEventListener('keydown', (event) => {
    if (typing(event.target)) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      // Ctrl/Cmd+A selects every node drawn rather than the page's text.
      event.preventDefault();
      const shown = view.cy.nodes(':visible').map((node) => node.id());
      if (shown.length > 0) store.set(addToSelection(store.get(), shown));
      return;
    }
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'z' || key === 'y')) {
      // Undo a canvas change; with Shift (or Ctrl+Y) redo it. In a text field it stays the field's own.
      event.preventDefault();
      if (key === 'y' || event.shiftKey) actions.redo();
      else actions.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const selected = store.get().view.selected;
    const node = selected ? view.cy.getElementById(selected) : null;
    const onNode = node?.nonempty() && node.isNode() ? node : null;
    // With several nodes selected, E, H and P act on all of them, like the selection bar.
    const several = selectedIds(store.get());
    const many = several.length > 1 ? several : null;
    const handlers: Record<string, () => void> = {
      '/': () => searchInput.focus(),
      f: () => view.fit(),
      l: () => actions.relayout(),
      '+': () => view.zoomBy(1.25),
      '=': () => view.zoomBy(1.25),
      '-': () => view.zoomBy(0.8),
      Escape: () => actions.select(null),
      // The panel's expand menu when it is shown (counts by relation type), else everything.
      e: () =>
        many
          ? void selectionActions.expandAll(many)
          : onNode && !openExpandMenu(onNode.id()) && void actions.expand(onNode.id()),
      u: () => actions.undo(),
      U: () => actions.redo(),
      h: () => (many ? selectionActions.hideAll(many) : onNode && actions.toggleHidden(onNode.id())),
      p: () =>
        many
          ? selectionActions.togglePinnedAll(many)
          : onNode && actions.togglePinned(onNode.id(), onNode.position()),
    };
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
}
