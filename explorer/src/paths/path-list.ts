// The paths found, one line each (A → B → C), shortest first; choosing one highlights it alone.

import type { Subgraph } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import type { AppStore } from '../state/app-state.ts';

/** Node names in path order, walking the edges from `from`. */
export function pathNames(path: Subgraph, from: string): string[] {
  const names = new Map(path.nodes.map((node) => [node.id, node.name]));
  const order = [from];
  const edges = [...path.edges];
  while (edges.length > 0) {
    const last = order[order.length - 1]!;
    const index = edges.findIndex((edge) => edge.source === last || edge.target === last);
    if (index < 0) break;
    const [edge] = edges.splice(index, 1);
    order.push(edge!.source === last ? edge!.target : edge!.source);
  }
  return order.map((id) => names.get(id) ?? id);
}

function elementsOf(path: Subgraph): string[] {
  return [...path.nodes, ...path.edges].map((element) => element.id);
}

export function createPathList(store: AppStore): HTMLElement {
  const list = h('ol', { class: 'path-list', 'aria-label': 'Paths found' });
  const sync = () => {
    const { paths, pathElements, view } = store.get();
    if (!view.pathFrom || paths.length === 0) return replaceChildren(list);
    const all = paths.flatMap(elementsOf);
    const items = paths.map((path, index) => {
      const ids = elementsOf(path);
      const chosen = pathElements.length === ids.length && ids.every((id) => pathElements.includes(id));
      const choose = () => store.set({ pathElements: chosen ? all : ids });
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: chosen ? 'path chosen' : 'path',
            'aria-pressed': String(chosen),
            onclick: choose,
          },
          `${index + 1}. ${pathNames(path, view.pathFrom!).join(' → ')} (${path.edges.length} hop${path.edges.length === 1 ? '' : 's'})`,
        ),
      );
    });
    replaceChildren(list, ...items);
  };
  store.subscribe((state, previous) => {
    if (state.paths !== previous.paths || state.pathElements !== previous.pathElements) sync();
  });
  sync();
  return list;
}
