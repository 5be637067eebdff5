// Path finder: pick two entities, the paths between them are loaded and highlighted.
import type { Actions } from './actions.ts';
import type { AppStore } from './app-state.ts';
import { h } from './dom.ts';
import { createEntityPicker } from './entity-picker.ts';

export function createPathFinderView(store: AppStore, actions: Actions): HTMLElement {
  let from: string | null = store.get().view.pathFrom;
  let to: string | null = store.get().view.pathTo;
  const status = h('p', { class: 'hint', role: 'status' });
  const find = h('button', { type: 'button', class: 'btn primary', disabled: true }, 'Find paths');
  const clear = h('button', { type: 'button', class: 'btn ghost' }, 'Clear');
  const refresh = () => {
    find.disabled = !(from && to) || from === to;
  };
  const fromPicker = createEntityPicker({
    label: 'Path start',
    placeholder: 'From…',
    keepChoice: true,
    onChoose: (entity) => {
      from = entity.entityId;
      refresh();
    },
  });
  const toPicker = createEntityPicker({
    label: 'Path end',
    placeholder: 'To…',
    keepChoice: true,
    onChoose: (entity) => {
      to = entity.entityId;
      refresh();
    },
  });
  find.addEventListener('click', () => from && to && void actions.findPath(from, to));
  clear.addEventListener('click', () => {
    from = null;
    to = null;
    for (const input of [fromPicker, toPicker].map((picker) => picker.querySelector('input')!))
      input.value = '';
    refresh();
    actions.clearPath();
  });
  store.subscribe((state, previous) => {
    if (state.pathElements === previous.pathElements) return;
    const edges = state.graph.edges.filter((edge) => state.pathElements.includes(edge.id)).length;
    status.textContent = state.view.pathFrom
      ? `${edges} edge${edges === 1 ? '' : 's'} on the paths found.`
      : '';
  });
  refresh();
  return h(
    'fieldset',
    { class: 'filter-group path-finder' },
    h('legend', {}, 'Path finder'),
    fromPicker,
    toPicker,
    h('div', { class: 'action-bar' }, find, clear),
    status,
  );
}
