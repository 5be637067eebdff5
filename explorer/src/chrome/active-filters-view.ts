// The active filters as chips over the canvas, each with a button that lifts it, and one to lift all.

import { h, replaceChildren } from '../dom.ts';
import { activeFilters } from '../state/active-filters.ts';
import { type AppStore, setView } from '../state/app-state.ts';

export function createActiveFiltersView(store: AppStore): HTMLElement {
  const bar = h('div', { class: 'active-filters', role: 'status', 'aria-label': 'Active filters' });
  const sync = () => {
    const { view, status } = store.get();
    const filters = status === 'empty' ? [] : activeFilters(view);
    bar.hidden = filters.length === 0;
    const all = Object.assign({}, ...filters.map((filter) => filter.clear));
    replaceChildren(
      bar,
      ...filters.map((filter) =>
        h(
          'span',
          { class: 'chip' },
          filter.text,
          h(
            'button',
            {
              type: 'button',
              'aria-label': `Lift filter: ${filter.text}`,
              onclick: () => setView(store, filter.clear),
            },
            '×',
          ),
        ),
      ),
      filters.length > 1
        ? h(
            'button',
            { type: 'button', class: 'btn small ghost', onclick: () => setView(store, all) },
            'Clear all',
          )
        : null,
    );
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.status !== previous.status) sync();
  });
  sync();
  return bar;
}
