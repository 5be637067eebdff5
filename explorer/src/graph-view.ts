// The Cytoscape canvas: renders the store's graph, runs layouts and turns gestures into actions.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Actions } from './actions.ts';
import { type AppState, type AppStore, setView } from './app-state.ts';
import { GRAPH_STYLE } from './graph-style.ts';
import { seedPositions, syncClasses, syncElements } from './graph-sync.ts';
import { layoutOptions } from './layout.ts';

cytoscape.use(fcose);

const MAX_FIT_ZOOM = 1.4;

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
    boxSelectionEnabled: false,
  });
  let running: Promise<void> = Promise.resolve();
  let fitTimer: ReturnType<typeof setTimeout> | undefined;
  // Filters can leave a small cluster in a big frame: refit once they stop changing.
  let fitted: Promise<void> = Promise.resolve();
  let fitDone: () => void = () => undefined;
  const scheduleFit = () => {
    clearTimeout(fitTimer);
    fitDone();
    fitted = new Promise((resolve) => {
      fitDone = resolve;
    });
    fitTimer = setTimeout(() => {
      fitVisible(cy);
      fitDone();
    }, 250);
  };

  function runLayout(state: AppState, incremental: boolean): void {
    const present = state.view.pinned.filter((pin) => cy.getElementById(pin.id).nonempty());
    const options = layoutOptions({
      elementCount: cy.elements().length,
      pins: present,
      animate: incremental,
      incremental,
    });
    const layout = cy.elements().layout(options);
    running = new Promise((resolve) =>
      layout.one('layoutstop', () => {
        fitVisible(cy);
        resolve();
      }),
    );
    layout.run();
  }

  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) {
      const hadNodes = cy.nodes().length > 0;
      const added = syncElements(cy, state);
      const incremental = state.incremental && hadNodes;
      if (incremental) seedPositions(cy, added);
      syncClasses(cy, state);
      if (added.length > 0 || !hadNodes) runLayout(state, incremental);
      return;
    }
    if (state.view !== previous.view || state.pathElements !== previous.pathElements) syncClasses(cy, state);
    if (filtersChanged(state, previous)) scheduleFit();
    if (state.layoutRequest !== previous.layoutRequest) runLayout(state, false);
  });

  bindGestures(cy, store, actions);
  return {
    cy,
    fit: () => fitVisible(cy),
    zoomBy(factor) {
      const center = { x: cy.width() / 2, y: cy.height() / 2 };
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
    },
    settled: async () => {
      await running;
      await fitted;
    },
  };
}

const FILTER_KEYS = ['entityTypes', 'relationTypes', 'from', 'to', 'showUndated', 'hidden'] as const;

function filtersChanged(state: AppState, previous: AppState): boolean {
  return FILTER_KEYS.some((key) => state.view[key] !== previous.view[key]);
}

/** Fits what is shown, without zooming a handful of nodes up to giant size. */
function fitVisible(cy: Core): void {
  const shown = cy.elements(':visible');
  if (shown.empty()) return;
  cy.fit(shown, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(shown);
  }
}

function bindGestures(cy: Core, store: AppStore, actions: Actions): void {
  cy.on('tap', 'node, edge', (event: EventObject) => actions.select(event.target.id()));
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) actions.select(null);
  });
  cy.on('dbltap', 'node', (event: EventObject) => void actions.expand(event.target.id()));
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
