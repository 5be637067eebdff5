// Path finder: two entities, a hop limit up to 6, relation types and a date range; the paths found are
// listed and highlighted. Every field lives in the URL and is restored from it.
import { RELATION_TYPES } from '../../../schema/graph-model.ts';
import type { RelationType } from '../api/types.ts';
import { h } from '../dom.ts';
import { createEntityPicker } from '../search/entity-picker.ts';
import type { Actions } from '../state/actions.ts';
import { type AppState, type AppStore, setView } from '../state/app-state.ts';
import { parseDateInput } from '../state/date-input.ts';
import { MAX_PATH_HOPS } from '../state/url-state.ts';
import { createPathList } from './path-list.ts';

interface Ends {
  from: string | null;
  to: string | null;
}

function pathSummary(state: AppState): string {
  if (!state.view.pathFrom || state.status === 'loading') return '';
  const count = state.paths.length;
  return count === 0 ? '' : `${count} path${count === 1 ? '' : 's'} found, shortest first.`;
}

function hopsSelect(store: AppStore): HTMLSelectElement {
  const select = h('select', { 'aria-label': 'Maximum hops' });
  for (let hops = 1; hops <= MAX_PATH_HOPS; hops++)
    select.append(h('option', { value: hops }, `${hops} hop${hops === 1 ? '' : 's'}`));
  select.addEventListener('change', () => setView(store, { pathHops: Number(select.value) }));
  return select;
}

function typeChoices(store: AppStore): { element: HTMLElement; sync(types: RelationType[]): void } {
  const boxes = RELATION_TYPES.map((type) =>
    h('input', { type: 'checkbox', value: type, 'aria-label': `Path through ${type}` }),
  );
  const summary = h('summary', {}, 'Relation types: all');
  const changed = () => {
    const types = boxes.filter((box) => box.checked).map((box) => box.value as RelationType);
    // All ticked is the same as none: no constraint.
    setView(store, { pathTypes: types.length === RELATION_TYPES.length ? [] : types });
  };
  for (const box of boxes) box.addEventListener('change', changed);
  return {
    element: h(
      'details',
      { class: 'path-types' },
      summary,
      ...boxes.map((box) =>
        h('label', { class: 'filter-item' }, box, h('span', { class: 'rel-type small' }, box.value)),
      ),
    ),
    sync(types) {
      for (const box of boxes) box.checked = types.length === 0 || types.includes(box.value as RelationType);
      summary.textContent = `Relation types: ${types.length === 0 ? 'all' : types.join(', ')}`;
    },
  };
}

function dateInput(label: string): HTMLInputElement {
  return h('input', { type: 'text', class: 'date-input', 'aria-label': label, placeholder: 'YYYY-MM-DD' });
}

export function createPathFinderView(store: AppStore, actions: Actions): HTMLElement {
  const ends: Ends = { from: store.get().view.pathFrom, to: store.get().view.pathTo };
  const status = h('p', { class: 'hint', role: 'status' });
  const error = h('p', { class: 'date-error', role: 'alert', hidden: true });
  const find = h('button', { type: 'button', class: 'btn primary', disabled: true }, 'Find paths');
  const hops = hopsSelect(store);
  const types = typeChoices(store);
  const dateFrom = dateInput('Earliest path date');
  const dateTo = dateInput('Latest path date');
  const refresh = () => {
    find.disabled = !(ends.from && ends.to) || ends.from === ends.to;
  };
  const picker = (end: keyof Ends, label: string, placeholder: string) =>
    createEntityPicker({
      label,
      placeholder,
      keepChoice: true,
      onChoose: (entity) => {
        ends[end] = entity.entityId;
        refresh();
      },
    });
  const pickers = [picker('from', 'Path start', 'From…'), picker('to', 'Path end', 'To…')];
  const inputs = pickers.map((element) => element.querySelector('input')!);
  const submit = () => {
    const from = parseDateInput(dateFrom.value);
    const to = parseDateInput(dateTo.value);
    const refused = !from.ok ? from.error : !to.ok ? to.error : '';
    error.textContent = refused;
    error.hidden = refused === '';
    if (refused || !from.ok || !to.ok || !ends.from || !ends.to) return;
    setView(store, { pathDateFrom: from.value, pathDateTo: to.value });
    void actions.findPath(ends.from, ends.to);
  };
  find.addEventListener('click', submit);
  const clear = () => {
    ends.from = null;
    ends.to = null;
    for (const input of inputs) input.value = '';
    refresh();
    actions.clearPath();
  };
  // Restores the fields from the view (a reopened link, back and forward); names come with the paths.
  const sync = (state: AppState) => {
    const { view, graph } = state;
    ends.from = view.pathFrom ?? ends.from;
    ends.to = view.pathTo ?? ends.to;
    [view.pathFrom, view.pathTo].forEach((id, index) => {
      const node = id ? graph.nodes.find((candidate) => candidate.id === id) : undefined;
      if (node && document.activeElement !== inputs[index]) inputs[index]!.value = node.name;
    });
    hops.value = String(view.pathHops);
    types.sync(view.pathTypes);
    if (document.activeElement !== dateFrom) dateFrom.value = view.pathDateFrom ?? '';
    if (document.activeElement !== dateTo) dateTo.value = view.pathDateTo ?? '';
    status.textContent = pathSummary(state);
    refresh();
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph || state.paths !== previous.paths)
      sync(state);
  });
  sync(store.get());
  return h(
    'fieldset',
    { class: 'filter-group path-finder' },
    h('legend', {}, 'Path finder'),
    ...pickers,
    h('div', { class: 'path-options' }, hops, dateFrom, dateTo),
    types.element,
    error,
    h(
      'div',
      { class: 'action-bar' },
      find,
      h('button', { type: 'button', class: 'btn ghost', onclick: clear }, 'Clear'),
    ),
    status,
    createPathList(store),
  );
}
