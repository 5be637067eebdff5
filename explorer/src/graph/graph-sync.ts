// Brings a Cytoscape instance in line with the store: elements added or removed, classes from the view.
import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { AppState } from '../state/app-state.ts';
import { inDateRange } from '../state/date-range.ts';
import { selectedIds } from '../state/selection.ts';
import { computeVisibility, focusFiltered } from '../state/visibility.ts';
import { bundleEdges } from './edge-bundles.ts';
import { GRAPH_STYLE, LARGE_GRAPH_STYLE } from './graph-style.ts';
import { besidePoint, spiralPositions } from './initial-positions.ts';
import { LARGE_GRAPH } from './layout.ts';
import { hubIds, nodeSizes } from './node-weights.ts';
import { setPanMode } from './pan-mode.ts';
import { toElements } from './to-elements.ts';

/** Adds new elements and removes gone ones; returns the ids of the nodes added. */
export function syncElements(cy: Core, state: AppState): string[] {
  const wanted = toElements(state.graph);
  const wantedIds = new Set(wanted.map((element) => element.data.id as string));
  const added: string[] = [];
  const large = wanted.length > LARGE_GRAPH;
  // Before the elements are added, so new ones are styled once.
  useStylesheet(cy, large);
  cy.batch(() => {
    // Bundles are not API elements: syncClasses keeps them in line right after.
    cy.elements()
      .filter((element) => !wantedIds.has(element.id()) && !element.data('bundle'))
      .remove();
    const fresh = wanted.filter((element) => cy.getElementById(element.data.id as string).empty());
    // New nodes start on distinct points: stacked nodes make Cytoscape warn of invalid edge endpoints.
    const spiral = spiralPositions(fresh.filter((e) => e.group === 'nodes').map((e) => e.data.id as string));
    for (const element of fresh)
      if (element.group === 'nodes') element.position = spiral.get(element.data.id as string);
    cy.add(fresh);
    for (const element of fresh) if (element.group === 'nodes') added.push(element.data.id as string);
  });
  setPanMode(cy, large);
  return added;
}

/** Which sheet each view draws with. Not in cy.scratch(): setting that restyles every element. */
const largeSheet = new WeakMap<Core, boolean>();

/** Whether the graph is drawn with the large-graph stylesheet (set by syncElements). */
export function isLargeGraph(cy: Core): boolean {
  return largeSheet.get(cy) === true;
}

/** The lean stylesheet above LARGE_GRAPH elements, the readable one below. */
function useStylesheet(cy: Core, large: boolean): void {
  if (isLargeGraph(cy) === large) return;
  largeSheet.set(cy, large);
  cy.style(large ? LARGE_GRAPH_STYLE : GRAPH_STYLE);
}

/** Places new nodes beside an already placed neighbour so an incremental layout starts nearby. */
export function seedPositions(cy: Core, added: string[]): void {
  const addedSet = new Set(added);
  const spiral = spiralPositions(added);
  for (const id of added) {
    const node = cy.getElementById(id) as NodeSingular;
    const anchor = node.neighborhood('node').filter((other) => !addedSet.has(other.id()))[0];
    node.position(anchor ? besidePoint(id, anchor.position()) : spiral.get(id)!);
  }
}

/** Spreads every node on a spiral by id: the start of a layout from scratch, nothing stacked. */
export function spreadNodes(cy: Core): void {
  const spiral = spiralPositions(cy.nodes().map((node) => node.id()));
  cy.batch(() => {
    for (const node of cy.nodes()) node.position(spiral.get(node.id())!);
  });
}

/** Classes for focus, expansion, pins, paths and filters, and the selection; sizes, hubs and bundles. */
export function syncClasses(cy: Core, state: AppState): void {
  const { view } = state;
  const visible = computeVisibility(state.graph, view);
  const focusKeptByUs = focusFiltered(state.graph, view) !== null;
  const expanded = new Set(view.expanded);
  const pinned = new Set(view.pinned.map((pin) => pin.id));
  const path = new Set(state.pathElements);
  const sizes = nodeSizes(state.graph, view.size);
  const hubs = hubIds(state.graph);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = node.id();
      setClass(node, 'focus', id === view.focus);
      setClass(node, 'focus-filtered', id === view.focus && focusKeptByUs);
      setClass(node, 'expanded', expanded.has(id));
      setClass(node, 'pinned', pinned.has(id));
      setClass(node, 'filtered', !visible.nodes.has(id));
      setClass(node, 'hub', hubs.has(id));
      if (sizes.has(id) && node.data('size') !== sizes.get(id)) node.data('size', sizes.get(id));
    });
    // Bundles are not facts: syncBundles shows or removes them.
    for (const edge of cy.edges('[!bundle]')) {
      setClass(edge, 'filtered', !visible.edges.has(edge.id()));
      // Bundles carry no date of their own.
      const date = edge.data('date') as string | null | undefined;
      setClass(
        edge,
        'fresh',
        state.fresh !== null && typeof date === 'string' && inDateRange(date, state.fresh, state.fresh),
      );
    }
    syncBundles(cy, state, visible.edges);
    for (const element of cy.elements()) setClass(element, 'path', path.has(element.id()));
    const chosen = new Set(selectedIds(state));
    cy.elements(':selected')
      .filter((element) => !chosen.has(element.id()))
      .unselect();
    for (const id of chosen) cy.getElementById(id).select();
    markNearSelection(cy);
  });
}

/**
 * toggleClass makes a collection and an event even when nothing changes: on a first render of thousands
 * of elements, where almost no class changes, that was most of syncClasses.
 */
function setClass(element: SingularElementArgument, name: string, on: boolean): void {
  if (element.hasClass(name) !== on) element.toggleClass(name, on);
}

/** One drawn edge per bundle of visible parallel edges, its members hidden behind it. */
function syncBundles(cy: Core, state: AppState, visibleEdges: Set<string>): void {
  const shown = state.graph.edges.filter((edge) => visibleEdges.has(edge.id));
  const open = new Set(state.pathElements);
  if (state.view.selected) open.add(state.view.selected);
  const bundles = bundleEdges(shown, open);
  const wanted = new Set(bundles.map((bundle) => bundle.id));
  cy.edges('[?bundle]')
    .filter((edge) => !wanted.has(edge.id()))
    .remove();
  const members = new Set(bundles.flatMap((bundle) => bundle.members));
  for (const edge of cy.edges('[!bundle]')) setClass(edge, 'bundled', members.has(edge.id()));
  const types = new Map(state.graph.edges.map((edge) => [edge.id, edge.type]));
  for (const bundle of bundles) {
    const label = `${bundle.members.length} relations`;
    const data = {
      id: bundle.id,
      source: bundle.source,
      target: bundle.target,
      bundle: true,
      members: bundle.members,
      types: [...new Set(bundle.members.map((id) => types.get(id)))].join(', '),
      label,
    };
    const existing = cy.getElementById(bundle.id);
    if (existing.empty()) cy.add({ group: 'edges', data });
    else existing.data(data);
  }
}

/** The selection and its neighbours keep their labels at any zoom. */
function markNearSelection(cy: Core): void {
  const selected = cy.elements(':selected');
  const near = selected.nodes().closedNeighborhood('node').union(selected.edges().connectedNodes());
  cy.nodes('.near-selection').difference(near).removeClass('near-selection');
  near.addClass('near-selection');
}
