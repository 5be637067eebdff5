// Path finder: pick two entities, the paths between them are loaded and highlighted.
import type { Actions } from './actions.ts';
import type { AppState, AppStore } from './app-state.ts';
import { h } from './dom.ts';
import { createEntityPicker } from './entity-picker.ts';

interface Ends {
  from: string | null;
  to: string | null;
}

function pathSummary(state: AppState): string {
  if (!state.view.pathFrom) return '';
  const edges = state.graph.edges.filter((edge) => state.pathElements.includes(edge.id)).length;
  return `${edges} edge${edges === 1 ? '' : 's'} on the paths found.`;
}

export function createPathFinderView(store: AppStore, actions: Actions): HTMLElement {
  const ends: Ends = { from: store.get().view.pathFrom, to: store.get().view.pathTo };
  const status = h('p', { class: 'hint', role: 'status' });
  const find = h('button', { type: 'button', class: 'btn primary', disabled: true }, 'Find paths');
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
  find.addEventListener('click', () => ends.from && ends.to && void actions.findPath(ends.from, ends.to));
  const clear = () => {
    ends.from = null;
    ends.to = null;
    for (const element of pickers) element.querySelector('input')!.value = '';
    refresh();
    actions.clearPath();
  };
  store.subscribe((state, previous) => {
    if (state.pathElements !== previous.pathElements) status.textContent = pathSummary(state);
  });
  refresh();
  return h(
    'fieldset',
    { class: 'filter-group path-finder' },
    h('legend', {}, 'Path finder'),
    ...pickers,
    h(
      'div',
      { class: 'action-bar' },
      find,
      h('button', { type: 'button', class: 'btn ghost', onclick: clear }, 'Clear'),
    ),
    status,
  );
}
