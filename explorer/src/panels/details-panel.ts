// The details panel of a node: properties, aliases, roles over time, relations and mentioning articles.

import type { EntityDetails, Relation } from '../api/types.ts';
import { h } from '../dom.ts';
import { mergeSubgraphs } from '../graph/to-elements.ts';
import { type Actions, rememberCanvas } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { expandMenu } from './expand-menu.ts';
import { articleMeta, button, placeholder, propertyList, section, typeBadge } from './panel-parts.ts';

function byDate(a: Relation, b: Relation): number {
  return (a.edge.date ?? '9999').localeCompare(b.edge.date ?? '9999');
}

/** OFFICIAL_OF relations in date order: an official's roles, or a country's officials. */
function rolesSection(details: EntityDetails): HTMLElement | null {
  const roles = details.relations.filter((relation) => relation.edge.type === 'OFFICIAL_OF').sort(byDate);
  if (roles.length === 0) return null;
  const title = details.type === 'Official' ? 'Roles over time' : 'Officials';
  const list = h('ol', { class: 'timeline-list' });
  for (const { edge, other } of roles) {
    const role = typeof edge.properties.role === 'string' ? edge.properties.role : 'Official';
    list.append(
      h(
        'li',
        {},
        h('span', { class: 'when' }, edge.date ?? 'undated'),
        h('span', {}, details.type === 'Official' ? `${role}, ${other.name}` : `${other.name}, ${role}`),
      ),
    );
  }
  return section(title, list);
}

function relationsSection(details: EntityDetails, store: AppStore, actions: Actions): HTMLElement | null {
  if (details.relations.length === 0) return null;
  const list = h('ul', { class: 'relation-list' });
  for (const relation of [...details.relations].sort(byDate)) {
    const { edge, other, direction } = relation;
    const open = () => {
      const self = {
        id: details.entityId,
        type: details.type,
        name: details.name,
        aliases: details.aliases,
        properties: details.properties,
      };
      const extra = { nodes: [self, other], edges: [edge], truncated: false };
      // Drawing a relation that was not drawn is a canvas change Undo takes back.
      if (!store.get().graph.edges.some((drawn) => drawn.id === edge.id)) {
        rememberCanvas(store);
        store.set({ graph: mergeSubgraphs(store.get().graph, extra), incremental: true });
      }
      actions.select(edge.id);
    };
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'relation', onclick: open, 'data-edge-id': edge.id },
          h('span', { class: 'rel-type' }, edge.type),
          h('span', { class: 'rel-arrow' }, direction === 'IN' ? '←' : '→'),
          h('span', { class: 'rel-other' }, other.name),
          h('span', { class: 'when' }, edge.date ?? 'undated'),
        ),
      ),
    );
  }
  return section(`Relations (${details.relations.length})`, list);
}

function articlesSection(details: EntityDetails): HTMLElement {
  if (details.mentionedIn.length === 0)
    return section('Mentioned in', placeholder('No article mentions it.'));
  const list = h('ul', { class: 'article-list' });
  for (const article of details.mentionedIn) list.append(h('li', {}, articleMeta(article)));
  return section(`Mentioned in (${details.mentionedIn.length})`, list);
}

function actionBar(
  details: EntityDetails,
  store: AppStore,
  actions: Actions,
  position: { x: number; y: number },
): HTMLElement {
  const { view } = store.get();
  const id = details.entityId;
  const pinned = view.pinned.some((pin) => pin.id === id);
  // The focus's neighbours are always loaded, so it counts as expanded.
  const expanded = view.focus === id || view.expanded.includes(id);
  return h(
    'div',
    { class: 'action-bar' },
    view.focus === id ? null : button('Centre here', () => void actions.focusOn(id)),
    expanded
      ? h('button', { type: 'button', class: 'btn', disabled: true }, 'Expanded')
      : button('Expand', () => void actions.expand(id), { 'data-action': 'expand' }),
    expanded ? null : expandMenu(id, store, actions),
    button(pinned ? 'Unpin' : 'Pin', () => actions.togglePinned(id, position), { 'data-action': 'pin' }),
    button('Hide', () => actions.toggleHidden(id), { 'data-action': 'hide' }),
  );
}

export function detailsPanel(
  details: EntityDetails,
  store: AppStore,
  actions: Actions,
  position: { x: number; y: number },
): HTMLElement {
  const aliases = details.aliases.filter((alias) => alias !== details.name);
  return h(
    'article',
    { class: 'details', 'aria-label': `Details of ${details.name}` },
    h(
      'header',
      { class: 'panel-header' },
      typeBadge(details.type),
      h('h2', {}, details.name),
      h('code', { class: 'entity-id' }, details.entityId),
    ),
    actionBar(details, store, actions, position),
    aliases.length > 0
      ? section('Aliases', h('ul', { class: 'chips' }, ...aliases.map((alias) => h('li', {}, alias))))
      : null,
    propertyList(details.properties) ? section('Properties', propertyList(details.properties)) : null,
    rolesSection(details),
    relationsSection(details, store, actions),
    articlesSection(details),
  );
}
