// A search field with suggestions as you type (debounced), driven by arrows, Enter and Escape.
import { searchEntities } from '../api/api.ts';
import { describeError } from '../api/graphql-request.ts';
import type { SearchHit } from '../api/types.ts';
import { h } from '../dom.ts';
import { renderSuggestions, type SuggestionView } from './suggestion-list.ts';

export interface PickerOptions {
  label: string;
  placeholder: string;
  onChoose(hit: SearchHit['entity']): void;
  /** When given, each suggestion has a ＋ button, and Shift+Enter, that add it instead of choosing it. */
  onAdd?(hit: SearchHit['entity']): void;
  /** Keep the chosen name in the field (path finder) or clear it (search). */
  keepChoice?: boolean;
}

let pickerCount = 0;
const DEBOUNCE_MS = 180;

function comboInput(options: PickerOptions, listId: string): HTMLInputElement {
  return h('input', {
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
}

export function createEntityPicker(options: PickerOptions): HTMLElement {
  const listId = `suggestions-${++pickerCount}`;
  const input = comboInput(options, listId);
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  let view: SuggestionView = { hits: [], active: -1 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (hit: SearchHit | undefined, add = false) => {
    if (!hit) return;
    close();
    input.value = options.keepChoice ? hit.entity.name : '';
    if (add && options.onAdd) options.onAdd(hit.entity);
    else options.onChoose(hit.entity);
  };
  const add = options.onAdd ? (hit: SearchHit) => choose(hit, true) : undefined;
  const show = (next: SuggestionView) => {
    view = next;
    renderSuggestions(list, view, choose, add);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (view.active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${view.active}`);
  };
  // Only the latest request may fill the list: answers to older keystrokes are dropped.
  const lookup = async (text: string) => {
    const mine = ++request;
    const next = await searchEntities(text).then(
      (hits): SuggestionView => ({
        hits,
        active: hits.length > 0 ? 0 : -1,
        note: hits.length === 0 ? `No entity matches “${text}”.` : undefined,
      }),
      (error: unknown): SuggestionView => ({
        hits: [],
        active: -1,
        note: describeError(error),
        failed: true,
      }),
    );
    if (mine === request) show(next);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    request++;
    if (text.length < 2) return close();
    timer = setTimeout(() => void lookup(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => onKey(event, view, show, choose, close));
  input.addEventListener('blur', close);
  return h('div', { class: 'picker' }, input, list);
}

function onKey(
  event: KeyboardEvent,
  view: SuggestionView,
  show: (next: SuggestionView) => void,
  choose: (hit: SearchHit | undefined, add?: boolean) => void,
  close: () => void,
): void {
  const count = view.hits.length;
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
    event.preventDefault();
    show({ ...view, active: (view.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count });
  } else if (event.key === 'Enter') {
    event.preventDefault();
    choose(view.hits[view.active], event.shiftKey);
  } else if (event.key === 'Escape') {
    close();
  }
}
