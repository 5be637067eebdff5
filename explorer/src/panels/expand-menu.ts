// The expand menu of a node: its relation types with the neighbours each would add, counted before
// expanding, so a hub can be opened one kind of relation at a time.

import { describeError } from '../api/graphql-request.ts';
import { fetchRelationEnds, MAX_RELATIONS } from '../api/relation-ends.ts';
import type { RelationType } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { type NeighbourCounts, neighbourCounts } from './neighbour-counts.ts';
import { placeholder } from './panel-parts.ts';

/** The menu drawn in the panel now, so that the `E` key can open it. */
let current: { id: string; open(): void; toggle: HTMLElement } | null = null;

/** Opens the expand menu of `id` if its panel is shown; false when it is not. */
export function openExpandMenu(id: string): boolean {
  if (!current || current.id !== id || !current.toggle.isConnected) return false;
  current.open();
  return true;
}

function choice(label: string, count: string, title: string, onclick: () => void, type: string) {
  return h(
    'button',
    { type: 'button', class: 'btn expand-choice', role: 'menuitem', title, 'data-type': type, onclick },
    h('span', { class: 'rel-type' }, label),
    h('span', { class: 'expand-count' }, count),
  );
}

function choices(
  id: string,
  counts: NeighbourCounts,
  capped: boolean,
  done: RelationType[],
  actions: Actions,
): HTMLElement[] {
  const more = capped ? '+' : '';
  const items = counts.byType.map(({ type, added, total, shown }) => {
    const item = choice(
      type,
      `${added}${more}`,
      shown
        ? `${added}${more} new neighbours of ${total}${more} through ${type}`
        : `${type} is hidden by the relation filter: show it in the sidebar to add these neighbours`,
      () => void actions.expandTypes(id, [type]),
      type,
    );
    if (done.includes(type) || !shown) item.setAttribute('disabled', '');
    if (!shown) item.classList.add('filtered-out');
    return item;
  });
  const { added, total } = counts.all;
  return [
    ...items,
    choice(
      'All',
      `${added}${more}`,
      `${added}${more} new neighbours of ${total}${more}`,
      () => void actions.expand(id),
      'all',
    ),
  ];
}

export function expandMenu(id: string, store: AppStore, actions: Actions): HTMLElement {
  const list = h('div', { class: 'expand-menu', role: 'menu', 'aria-label': 'Expand by relation type' });
  list.hidden = true;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      'aria-label': 'Neighbours by relation type',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'data-action': 'expand-menu',
    },
    'By type ▾',
  );
  let loaded = false;
  const fill = async () => {
    replaceChildren(list, placeholder('Counting neighbours…', 'loading'));
    try {
      const ends = await fetchRelationEnds(id, store.get().view.knownAt);
      if (!ends) return replaceChildren(list, placeholder(`No entity with id ${id}.`, 'error'));
      const { graph, view } = store.get();
      const onCanvas = new Set(graph.nodes.map((node) => node.id));
      const counts = neighbourCounts(ends, onCanvas, new Set(view.relationTypes));
      const done = view.expandedBy.find((entry) => entry.id === id)?.types ?? [];
      replaceChildren(list, ...choices(id, counts, ends.length >= MAX_RELATIONS, done, actions));
      if (list.contains(document.activeElement) || document.activeElement === toggle)
        list.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    } catch (error) {
      replaceChildren(list, placeholder(describeError(error), 'error'));
    }
  };
  const show = (open: boolean) => {
    list.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open && !loaded) {
      loaded = true;
      void fill();
    }
  };
  toggle.addEventListener('click', () => show(list.hidden));
  current = {
    id,
    toggle,
    open() {
      show(true);
      toggle.focus();
      list.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    },
  };
  return h('div', { class: 'expand-by' }, toggle, list);
}
