// Brings a Cytoscape instance in line with the store: elements added or removed, classes from the view.
import type { Core, NodeSingular } from 'cytoscape';
import type { AppState } from './app-state.ts';
import { LARGE_GRAPH } from './layout.ts';
import { toElements } from './to-elements.ts';
import { computeVisibility } from './visibility.ts';

/** Adds new elements and removes gone ones; returns the ids of the nodes added. */
export function syncElements(cy: Core, state: AppState): string[] {
  const wanted = toElements(state.graph);
  const wantedIds = new Set(wanted.map((element) => element.data.id as string));
  const added: string[] = [];
  cy.batch(() => {
    cy.elements()
      .filter((element) => !wantedIds.has(element.id()))
      .remove();
    const fresh = wanted.filter((element) => cy.getElementById(element.data.id as string).empty());
    cy.add(fresh);
    for (const element of fresh) if (element.group === 'nodes') added.push(element.data.id as string);
    cy.elements().toggleClass('large', cy.elements().length > LARGE_GRAPH);
  });
  tuneRenderer(cy, cy.elements().length > LARGE_GRAPH);
  return added;
}

interface ViewportFlags {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

/**
 * Cytoscape reads these flags only at start-up, from its renderer; they are switched on the renderer
 * itself so that only large graphs drop edges and draw a cached texture while panning and zooming.
 */
function tuneRenderer(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer(): Partial<ViewportFlags> }).renderer();
  if (!renderer || !('hideEdgesOnViewport' in renderer)) return;
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
}

/** Places new nodes beside an already placed neighbour so an incremental layout starts nearby. */
export function seedPositions(cy: Core, added: string[]): void {
  const addedSet = new Set(added);
  for (const id of added) {
    const node = cy.getElementById(id) as NodeSingular;
    const anchor = node.neighborhood('node').filter((other) => !addedSet.has(other.id()))[0];
    const base = anchor ? anchor.position() : { x: 0, y: 0 };
    const angle = Math.random() * Math.PI * 2;
    node.position({ x: base.x + Math.cos(angle) * 80, y: base.y + Math.sin(angle) * 80 });
  }
}

/** Classes for focus, expansion, pins, paths and filters, and the selection. */
export function syncClasses(cy: Core, state: AppState): void {
  const { view } = state;
  const visible = computeVisibility(state.graph, view);
  const expanded = new Set(view.expanded);
  const pinned = new Set(view.pinned.map((pin) => pin.id));
  const path = new Set(state.pathElements);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = node.id();
      node.toggleClass('focus', id === view.focus);
      node.toggleClass('expanded', expanded.has(id));
      node.toggleClass('pinned', pinned.has(id));
      node.toggleClass('filtered', !visible.nodes.has(id));
    });
    for (const edge of cy.edges()) edge.toggleClass('filtered', !visible.edges.has(edge.id()));
    for (const element of cy.elements()) element.toggleClass('path', path.has(element.id()));
    cy.elements(':selected').unselect();
    if (view.selected) cy.getElementById(view.selected).select();
  });
}
