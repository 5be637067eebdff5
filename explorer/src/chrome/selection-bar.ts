// The bar over the canvas while several nodes are selected: how many, and what can be done with them
// (each action that does not apply is disabled and says why). Merge opens its form in the bar.
import type { GraphNode } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { mergeForm } from '../panels/merge-form.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import { type SelectionAction, selectedNodes, selectionChoices } from '../state/selection.ts';
import type { SelectionActions } from '../state/selection-actions.ts';
import { computeVisibility } from '../state/visibility.ts';

export function createSelectionBar(store: AppStore, actions: Actions, ops: SelectionActions): HTMLElement {
  const bar = h('div', { class: 'selection-bar', role: 'region', 'aria-label': 'Selection' });
  const message = h('p', { class: 'selection-message', role: 'alert' });
  const formSlot = h('div', { class: 'merge-slot' });
  let shown = '';

  const openMerge = async (pair: [GraphNode, GraphNode]) => {
    replaceChildren(formSlot, h('p', { class: 'hint' }, 'Reading both entities…'));
    const close = () => replaceChildren(formSlot);
    const form = await mergeForm(pair, (merged, kept) => void ops.merged(merged, kept), close);
    replaceChildren(formSlot, form);
  };

  const run = (action: SelectionAction, nodes: GraphNode[], refused: string | null) => {
    message.textContent = refused ?? '';
    if (refused) return;
    const ids = nodes.map((node) => node.id);
    const handlers: Record<SelectionAction, () => void> = {
      expand: () => void ops.expandAll(ids),
      hide: () => ops.hideAll(ids),
      pin: () => ops.togglePinnedAll(ids),
      keep: () => ops.keepOnly(ids),
      paths: () => void ops.findPaths(ids[0]!, ids[1]!),
      merge: () => void openMerge([nodes[0]!, nodes[1]!]),
    };
    handlers[action]();
  };

  const sync = (state: AppState) => {
    const nodes = selectedNodes(state);
    const key = nodes.map((node) => node.id).join('\n');
    bar.hidden = nodes.length < 2;
    // A different selection closes a merge form meant for the last one.
    if (key !== shown) {
      replaceChildren(formSlot);
      message.textContent = '';
      shown = key;
    }
    if (bar.hidden) return;
    const visibleCount = computeVisibility(state.graph, state.view).nodes.size;
    const choices = selectionChoices(nodes, state.view, visibleCount);
    replaceChildren(
      bar,
      h(
        'div',
        { class: 'selection-actions' },
        h('strong', { class: 'selection-count' }, `${nodes.length} selected`),
        ...choices.map(({ action, label, refused }) =>
          h(
            'button',
            {
              type: 'button',
              class: 'btn small',
              'data-action': action,
              // Merge stays clickable with two selected, to say why two of different types do not merge.
              disabled: refused !== null && !(action === 'merge' && nodes.length === 2),
              title: refused ?? '',
              onclick: () => run(action, nodes, refused),
            },
            label,
          ),
        ),
        h(
          'button',
          { type: 'button', class: 'btn small ghost', onclick: () => actions.select(null) },
          'Clear (Esc)',
        ),
      ),
      message,
      formSlot,
    );
  };

  store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.view !== previous.view ||
      state.graph !== previous.graph
    )
      sync(state);
  });
  sync(store.get());
  return bar;
}
