// The legend doubles as the entity-type filter; relation types get their own checklist.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/graph-model.ts';
import type { EntityType, RelationType } from '../api/types.ts';
import { h } from '../dom.ts';
import { TYPE_STYLES } from '../graph/graph-style.ts';
import { type AppStore, setView } from '../state/app-state.ts';

interface Checklist<T extends string> {
  element: HTMLElement;
  sync(selected: readonly T[], counts: Map<T, number>): void;
}

function countBy<K extends string>(keys: K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * One checkbox per item, kept in the order of `items`; `onChange` gets the checked ones. "Only" keeps
 * one item in a click (instead of unticking all the others), "All" brings every item back.
 */
function createChecklist<T extends string>(
  title: string,
  items: readonly T[],
  label: (item: T) => Node[],
  name: (item: T) => string,
  onChange: (checked: T[]) => void,
): Checklist<T> {
  const boxes = new Map<T, HTMLInputElement>();
  const counts = new Map<T, HTMLElement>();
  const all = h('button', { type: 'button', class: 'only', onclick: () => onChange([...items]) }, 'all');
  all.setAttribute('aria-label', `All ${title.toLowerCase()}`);
  const group = h('fieldset', { class: 'filter-group' }, h('legend', {}, title, ' ', all));
  const changed = () => onChange(items.filter((item) => boxes.get(item)!.checked));
  for (const item of items) {
    const box = h('input', { type: 'checkbox', value: item, onchange: changed });
    const count = h('span', { class: 'count' });
    const only = h(
      'button',
      { type: 'button', class: 'only', 'aria-label': `Only ${name(item)}`, onclick: () => onChange([item]) },
      'only',
    );
    boxes.set(item, box);
    counts.set(item, count);
    group.append(
      h(
        'div',
        { class: 'filter-row' },
        h('label', { class: 'filter-item' }, box, ...label(item), count),
        only,
      ),
    );
  }
  return {
    element: group,
    sync(selected, numbers) {
      for (const [item, box] of boxes) box.checked = selected.includes(item);
      // An empty canvas shows no counts: a column of zeros says nothing about the data.
      const empty = numbers.size === 0;
      for (const [item, span] of counts) span.textContent = empty ? '' : String(numbers.get(item) ?? 0);
    },
  };
}

function entityLabel(type: EntityType): Node[] {
  const style = TYPE_STYLES[type];
  return [
    h('span', { class: `swatch shape-${style.shape}`, style: `--swatch:${style.color}` }),
    document.createTextNode(style.label),
  ];
}

export function createFiltersView(store: AppStore): HTMLElement {
  const entities = createChecklist(
    'Entities',
    ENTITY_TYPES,
    entityLabel,
    (type) => TYPE_STYLES[type].label,
    (entityTypes) => setView(store, { entityTypes }),
  );
  const relations = createChecklist<RelationType>(
    'Relations',
    RELATION_TYPES,
    (type) => [h('span', { class: 'rel-type small' }, type)],
    (type) => type,
    (relationTypes) => setView(store, { relationTypes }),
  );
  const unhide = h('button', {
    type: 'button',
    class: 'btn ghost small',
    hidden: true,
    onclick: () => setView(store, { hidden: [] }),
  });
  const sync = () => {
    const { view, graph } = store.get();
    unhide.hidden = view.hidden.length === 0;
    unhide.textContent = `Show ${view.hidden.length} hidden node${view.hidden.length === 1 ? '' : 's'}`;
    entities.sync(view.entityTypes, countBy(graph.nodes.map((node) => node.type)));
    relations.sync(view.relationTypes, countBy(graph.edges.map((edge) => edge.type)));
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) sync();
  });
  sync();
  return h('div', { class: 'filters' }, entities.element, relations.element, unhide);
}
