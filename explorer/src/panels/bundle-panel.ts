// The panel of a bundle of parallel relations: each relation between the two entities, one click from
// its sources (selecting one opens the bundle on the canvas).

import type { GraphEdge } from '../api/types.ts';
import { h } from '../dom.ts';
import { BUNDLE_PREFIX } from '../graph/edge-bundles.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { section, typeBadge } from './panel-parts.ts';

/** The relations a bundle id stands for, in date order; empty when the pair is not in the graph. */
export function bundleMembers(state: AppState, bundleId: string): GraphEdge[] {
  const [a, b] = bundleId.slice(BUNDLE_PREFIX.length).split('|');
  return state.graph.edges
    .filter((edge) => (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a))
    .sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.type.localeCompare(y.type));
}

export function bundlePanel(state: AppState, bundleId: string, actions: Actions): HTMLElement {
  const members = bundleMembers(state, bundleId);
  const names = new Map(state.graph.nodes.map((node) => [node.id, node]));
  const [a, b] = bundleId.slice(BUNDLE_PREFIX.length).split('|') as [string, string];
  const end = (id: string) =>
    h('span', { class: 'endpoint' }, typeBadge(names.get(id)!.type), names.get(id)!.name);
  const list = h('ul', { class: 'relation-list' });
  for (const edge of members) {
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'relation',
            'data-edge-id': edge.id,
            onclick: () => actions.select(edge.id),
          },
          h('span', { class: 'rel-type' }, edge.type),
          h('span', { class: 'rel-arrow' }, edge.source === a ? '→' : '←'),
          h('span', { class: 'rel-other' }, `${edge.sourceCount} source${edge.sourceCount === 1 ? '' : 's'}`),
          h('span', { class: 'when' }, edge.date ?? 'undated'),
        ),
      ),
    );
  }
  return h(
    'article',
    { class: 'bundle', 'aria-label': `${members.length} relations` },
    h('header', { class: 'panel-header' }, h('div', { class: 'edge-ends' }, end(a), end(b))),
    section(`${members.length} relations between them`, list),
  );
}
