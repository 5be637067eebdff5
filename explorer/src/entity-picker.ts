// A search field with suggestions as you type (debounced), driven by arrows, Enter and Escape.
import { searchEntities } from './api.ts';
import { h, replaceChildren } from './dom.ts';
import { describeError } from './graphql-request.ts';
import { typeBadge } from './panel-parts.ts';
import type { SearchHit } from './types.ts';

export interface PickerOptions {
  label: string;
  placeholder: string;
  onChoose(hit: SearchHit['entity']): void;
  /** Keep the chosen name in the field (path finder) or clear it (search). */
  keepChoice?: boolean;
}

let pickerCount = 0;
const DEBOUNCE_MS = 180;

export function createEntityPicker(options: PickerOptions): HTMLElement {
  const listId = `suggestions-${++pickerCount}`;
  const input = h('input', {
    type: 'search',
    class: 'picker-input',
    placeholder: options.placeholder,
    'aria-label': options.label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = options.keepChoice ? hit.entity.name : '';
    options.onChoose(hit.entity);
  };
  const render = (message?: string, failed = false) => {
    replaceChildren(list);
    if (message)
      list.append(
        h(
          'li',
          { class: failed ? 'suggestion-note error' : 'suggestion-note', role: 'presentation' },
          message,
        ),
      );
    hits.forEach((hit, index) => {
      const item = h(
        'li',
        {
          id: `${listId}-${index}`,
          role: 'option',
          class: 'suggestion',
          'aria-selected': String(index === active),
        },
        typeBadge(hit.entity.type),
        h('span', { class: 'suggestion-name' }, hit.entity.name),
        hit.entity.aliases.length > 0
          ? h('span', { class: 'suggestion-aliases' }, hit.entity.aliases.slice(0, 3).join(', '))
          : null,
      );
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };
  const lookup = async (text: string) => {
    const mine = ++request;
    try {
      const found = await searchEntities(text);
      if (mine !== request) return;
      hits = found;
      active = found.length > 0 ? 0 : -1;
      render(found.length === 0 ? `No entity matches “${text}”.` : undefined);
    } catch (error) {
      if (mine !== request) return;
      hits = [];
      render(describeError(error), true);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      request++;
      close();
      return;
    }
    timer = setTimeout(() => void lookup(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return h('div', { class: 'picker' }, input, list);
}
