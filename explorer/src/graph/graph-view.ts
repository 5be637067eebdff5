// The Cytoscape canvas: renders the store's graph, runs layouts and turns gestures into actions.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Actions } from '../state/actions.ts';
import { type AppState, type AppStore, setView } from '../state/app-state.ts';
import { addToSelection, toggleSelection } from '../state/selection.ts';
import { isDoubleTap, type Tap } from './double-tap.ts';
import { GRAPH_STYLE } from './graph-style.ts';
import { seedPositions, syncClasses, syncElements } from './graph-sync.ts';
import { bindLabelZoom } from './label-zoom.ts';
import { createViewport, fitVisible } from './viewport.ts';

cytoscape.use(fcose);

export interface GraphView {
  cy: Core;
  fit(): void;
  zoomBy(factor: number): void;
  /** Resolves when the running layout (if any) has stopped. */
  settled(): Promise<void>;
}

export function createGraphView(container: HTMLElement, store: AppStore, actions: Actions): GraphView {
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    minZoom: 0.05,
    maxZoom: 4,
    // With panning on, a box is drawn only with shift (or Ctrl/Cmd) held: a plain drag still pans.
    boxSelectionEnabled: true,
  });
  const viewport = createViewport(cy);
  const labels = bindLabelZoom(cy);

  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) {
      const hadNodes = cy.nodes().length > 0;
      const added = syncElements(cy, state);
      const incremental = state.incremental && hadNodes;
      if (incremental) seedPositions(cy, added);
      syncClasses(cy, state);
      if (added.length > 0 || !hadNodes) viewport.layout(state.view.pinned, incremental, added);
      // A large graph's preset is placed and fitted by now: its first frame gets the always-on labels'
      // size for that zoom instead of a second styling and drawing a frame later.
      labels.sync();
      return;
    }
    if (
      state.view !== previous.view ||
      state.pathElements !== previous.pathElements ||
      state.selection !== previous.selection ||
      state.fresh !== previous.fresh
    ) {
      syncClasses(cy, state);
    }
    if (filtersChanged(state, previous)) viewport.scheduleFit();
    if (state.layoutRequest !== previous.layoutRequest) viewport.layout(state.view.pinned, false, [], true);
  });

  bindGestures(cy, store, actions);
  // A window turned narrow (or a panel opening) changes the canvas size: keep the graph in frame.
  // Only a real change: the observer also reports the first size, and a resize redraws the whole graph.
  let size = `${container.clientWidth}x${container.clientHeight}`;
  new ResizeObserver(() => {
    const now = `${container.clientWidth}x${container.clientHeight}`;
    if (now === size) return;
    size = now;
    cy.resize();
    if (cy.nodes().nonempty()) viewport.scheduleFit();
  }).observe(container);
  return {
    cy,
    fit: () => fitVisible(cy),
    zoomBy(factor) {
      const center = { x: cy.width() / 2, y: cy.height() / 2 };
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
    },
    settled: () => viewport.settled(),
  };
}

const FILTER_KEYS = ['entityTypes', 'relationTypes', 'from', 'to', 'showUndated', 'hidden'] as const;

function filtersChanged(state: AppState, previous: AppState): boolean {
  return FILTER_KEYS.some((key) => state.view[key] !== previous.view[key]);
}

function bindGestures(cy: Core, store: AppStore, actions: Actions): void {
  let lastTap: Tap | null = null;
  cy.on('tap', 'node, edge', (event: EventObject) => {
    if (adding(event) && event.target.isNode()) store.set(toggleSelection(store.get(), event.target.id()));
    else actions.select(event.target.id());
  });
  cy.on('tap', (event: EventObject) => {
    const id = event.target === cy ? '' : (event.target.id() as string);
    if (id === '') actions.select(null);
    const tap = { id, time: event.timeStamp };
    const double = id !== '' && event.target.isNode() && !adding(event) && isDoubleTap(lastTap, tap);
    // After a double tap the next tap starts afresh, so a triple click is not two double clicks.
    lastTap = double ? null : tap;
    if (double) void actions.expand(id);
  });
  bindBoxSelection(cy, store);
  // A pinned node that is dragged stays where it was dropped.
  cy.on('dragfree', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    const { pinned } = store.get().view;
    if (!pinned.some((pin) => pin.id === node.id())) return;
    const position = node.position();
    setView(store, {
      pinned: pinned.map((pin) =>
        pin.id === node.id() ? { id: pin.id, x: position.x, y: position.y } : pin,
      ),
    });
  });
}

/** Shift-click (or Ctrl/Cmd-click) adds to the selection instead of replacing it. */
function adding(event: EventObject): boolean {
  const original = event.originalEvent as MouseEvent | undefined;
  return Boolean(original && (original.shiftKey || original.ctrlKey || original.metaKey));
}

/** The nodes inside a shift-drawn box join the store's selection (Cytoscape's own is redrawn from it). */
function bindBoxSelection(cy: Core, store: AppStore): void {
  const boxed = new Set<string>();
  // 'box' fires once per element in the box, in one go: the store is updated once, after the last.
  cy.on('box', 'node', (event: EventObject) => {
    if (boxed.size === 0) queueMicrotask(flush);
    if (event.target.visible()) boxed.add(event.target.id());
  });
  const flush = () => {
    const ids = [...boxed];
    boxed.clear();
    if (ids.length > 0) store.set(addToSelection(store.get(), ids));
  };
}
