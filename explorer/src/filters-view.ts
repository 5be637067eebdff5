// The legend doubles as the entity-type filter; relation types get their own checklist.
import { ENTITY_TYPES, RELATION_TYPES } from '../../schema/graph-model.ts';
import { type AppStore, setView } from './app-state.ts';
import { h } from './dom.ts';
import { TYPE_STYLES } from './graph-style.ts';
import type { EntityType, RelationType } from './types.ts';

function toggle<T>(list: T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((item) => set.has(item));
}

function countBy<K extends string>(keys: K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function createFiltersView(store: AppStore): HTMLElement {
  const entityBoxes = new Map<EntityType, HTMLInputElement>();
  const entityCounts = new Map<EntityType, HTMLElement>();
  const legend = h('fieldset', { class: 'filter-group legend' }, h('legend', {}, 'Entities'));
  for (const type of ENTITY_TYPES) {
    const style = TYPE_STYLES[type];
    const box = h('input', { type: 'checkbox', name: 'entity-type', value: type });
    box.addEventListener('change', () =>
      setView(store, { entityTypes: toggle(store.get().view.entityTypes, type, box.checked, ENTITY_TYPES) }),
    );
    const count = h('span', { class: 'count' });
    entityBoxes.set(type, box);
    entityCounts.set(type, count);
    legend.append(
      h(
        'label',
        { class: 'filter-item' },
        box,
        h('span', { class: `swatch shape-${style.shape}`, style: `--swatch:${style.color}` }),
        style.label,
        count,
      ),
    );
  }
  const relationBoxes = new Map<RelationType, HTMLInputElement>();
  const relationCounts = new Map<RelationType, HTMLElement>();
  const relations = h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Relations'));
  for (const type of RELATION_TYPES) {
    const box = h('input', { type: 'checkbox', name: 'relation-type', value: type });
    box.addEventListener('change', () =>
      setView(store, {
        relationTypes: toggle(store.get().view.relationTypes, type, box.checked, RELATION_TYPES),
      }),
    );
    const count = h('span', { class: 'count' });
    relationBoxes.set(type, box);
    relationCounts.set(type, count);
    relations.append(
      h('label', { class: 'filter-item' }, box, h('span', { class: 'rel-type small' }, type), count),
    );
  }
  const edgeHint = h(
    'p',
    { class: 'hint' },
    'Solid edges are dated, dashed ones undated. Edge labels read type · date.',
  );

  const sync = () => {
    const { view, graph } = store.get();
    const nodeCounts = countBy(graph.nodes.map((node) => node.type));
    const edgeCounts = countBy(graph.edges.map((edge) => edge.type));
    for (const [type, box] of entityBoxes) box.checked = view.entityTypes.includes(type);
    for (const [type, box] of relationBoxes) box.checked = view.relationTypes.includes(type);
    for (const [type, span] of entityCounts) span.textContent = String(nodeCounts.get(type) ?? 0);
    for (const [type, span] of relationCounts) span.textContent = String(edgeCounts.get(type) ?? 0);
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) sync();
  });
  sync();
  return h('div', { class: 'filters' }, legend, relations, edgeHint);
}
