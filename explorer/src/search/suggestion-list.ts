// The suggestion list under a search field: options with type, name and aliases, or a note.

import type { SearchHit } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { typeBadge } from '../panels/panel-parts.ts';

export interface SuggestionView {
  hits: SearchHit[];
  active: number;
  note?: string;
  failed?: boolean;
}

function option(
  listId: string,
  hit: SearchHit,
  index: number,
  active: boolean,
  choose: (hit: SearchHit) => void,
  add: ((hit: SearchHit) => void) | undefined,
) {
  const { entity } = hit;
  const item = h(
    'li',
    { id: `${listId}-${index}`, role: 'option', class: 'suggestion', 'aria-selected': String(active) },
    typeBadge(entity.type),
    h('span', { class: 'suggestion-name' }, entity.name),
    entity.aliases.length > 0
      ? h('span', { class: 'suggestion-aliases' }, entity.aliases.slice(0, 3).join(', '))
      : null,
    add ? addButton(hit, add) : null,
  );
  // mousedown, not click: the field's blur would close the list before a click lands.
  item.addEventListener('mousedown', (event) => {
    event.preventDefault();
    choose(hit);
  });
  return item;
}

/** Adds the entity to the canvas instead of focusing it. */
function addButton(hit: SearchHit, add: (hit: SearchHit) => void): HTMLElement {
  const label = `Add ${hit.entity.name} to the canvas (Shift+Enter)`;
  const button = h(
    'button',
    { type: 'button', class: 'suggestion-add', title: label, 'aria-label': label, tabindex: '-1' },
    '＋',
  );
  button.addEventListener('mousedown', (event) => {
    event.preventDefault();
    event.stopPropagation();
    add(hit);
  });
  return button;
}

export function renderSuggestions(
  list: HTMLElement,
  view: SuggestionView,
  choose: (hit: SearchHit) => void,
  add?: (hit: SearchHit) => void,
): void {
  replaceChildren(list);
  if (view.note) {
    list.append(
      h(
        'li',
        { class: view.failed ? 'suggestion-note error' : 'suggestion-note', role: 'presentation' },
        view.note,
      ),
    );
  }
  view.hits.forEach((hit, index) => {
    list.append(option(list.id, hit, index, index === view.active, choose, add));
  });
}
