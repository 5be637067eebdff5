// window.__newsgraph: a hook for the e2e tests and the benchmark to feed data and read what is drawn.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Subgraph } from './api/types.ts';
import type { GraphView } from './graph/graph-view.ts';
import { pansOnTexture } from './graph/pan-mode.ts';
import type { AppStore } from './state/app-state.ts';

export interface RenderTiming {
  elements: number;
  /** Adding the elements and running the layout to its end. */
  layoutMs: number;
  /** From the start until the first frame after the layout has been painted. */
  firstRenderMs: number;
}

export interface PanTiming {
  /** Frames per second while the background was dragged (each frame moves the view and redraws it). */
  fps: number;
  /** Animation frames during the drag. */
  frames: number;
  /** How far the view moved, in screen pixels: 0 would mean the drag did not pan. */
  travel: number;
}

export interface NewsgraphHook {
  renderSubgraph(data: Subgraph): Promise<RenderTiming>;
  /** Drags the background by a few pixels every frame for `durationMs`, as a person pans. */
  panFps(durationMs: number): Promise<PanTiming>;
  /** How a pan is drawn: from a cached picture of the graph (large graphs) or live. */
  panMode(): 'texture' | 'live';
  settled(): Promise<void>;
  /** What is drawn: nodes, the facts (a bundled one counts, drawn by its bundle) and the bundles. */
  visible(): {
    nodes: { id: string; type: string }[];
    edges: { id: string; type: string; date: string | null; source: string; target: string }[];
    bundles: { id: string; members: string[] }[];
  };
  /** Whether a node's label is drawn at the current zoom (on screen at least its minimum size). */
  labelShown(id: string): boolean;
  /** A node's drawn width in graph units. */
  nodeSize(id: string): number;
  zoom(level: number): void;
  /** A node's position in graph coordinates (what a pin stores). */
  modelPosition(id: string): { x: number; y: number } | null;
  /** Page coordinates of a node's centre or an edge's midpoint, for real mouse clicks. */
  pointOf(id: string): { x: number; y: number } | null;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A real drag through the DOM events Cytoscape listens to (mousedown on the canvas, mousemove and
 * mouseup on the window), so its pan-time shortcuts (hidden edges, cached texture) apply as for a person.
 */
async function dragBackground(cy: Core, durationMs: number): Promise<PanTiming> {
  const box = cy.container()!.getBoundingClientRect();
  // A corner inside the fit padding, where no node sits: a drag there pans.
  let x = box.left + 6;
  const y = box.top + 6;
  const mouse = (type: string, target: EventTarget) =>
    target.dispatchEvent(
      new MouseEvent(type, {
        clientX: x,
        clientY: y,
        button: 0,
        buttons: type === 'mouseup' ? 0 : 1,
        bubbles: true,
      }),
    );
  const canvas = cy.container()!.querySelector('canvas:last-of-type') ?? cy.container()!;
  mouse('mousedown', canvas);
  let frames = 0;
  let travel = 0;
  let last = cy.pan().x;
  const track = () => {
    travel += Math.abs(cy.pan().x - last);
    last = cy.pan().x;
  };
  cy.on('pan', track);
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      if (now - start >= durationMs) return resolve();
      // Back and forth, so the graph stays on screen however long the drag.
      x += Math.floor(frames++ / 60) % 2 === 0 ? 3 : -3;
      mouse('mousemove', window);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const elapsed = performance.now() - start;
  cy.off('pan', track);
  mouse('mouseup', window);
  return { fps: (frames * 1000) / elapsed, frames, travel };
}

export function installTestHook(view: GraphView, store: AppStore): void {
  const { cy } = view;
  const hook: NewsgraphHook = {
    async renderSubgraph(data) {
      const start = performance.now();
      store.set({ graph: data, status: 'ready', message: null, pathElements: [], incremental: false });
      await view.settled();
      const layoutMs = performance.now() - start;
      await frame();
      await frame();
      return { elements: cy.elements().length, layoutMs, firstRenderMs: performance.now() - start };
    },
    panFps: (durationMs) => dragBackground(cy, durationMs),
    panMode: () => (pansOnTexture(cy) ? 'texture' : 'live'),
    settled: () => view.settled(),
    visible() {
      const shown = cy.elements(':visible');
      const facts = cy.edges('[!bundle]').filter((edge) => edge.visible() || edge.hasClass('bundled'));
      return {
        nodes: shown.nodes().map((node) => ({ id: node.id(), type: node.data('type') })),
        bundles: shown.edges('[?bundle]').map((edge) => ({ id: edge.id(), members: edge.data('members') })),
        edges: facts.edges().map((edge) => ({
          id: edge.id(),
          type: edge.data('type'),
          date: edge.data('date'),
          source: edge.source().id(),
          target: edge.target().id(),
        })),
      };
    },
    modelPosition(id) {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : null;
    },
    labelShown(id) {
      const node = cy.getElementById(id);
      // The style's label, not the data's: a large graph draws none until zoomed in.
      if (node.empty() || !node.visible() || !node.style('label')) return false;
      const font = Number.parseFloat(node.style('font-size'));
      const minimum = Number.parseFloat(node.style('min-zoomed-font-size'));
      return font * cy.zoom() >= minimum;
    },
    nodeSize: (id) => cy.getElementById(id).width(),
    zoom(level) {
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    pointOf(id) {
      const bundle = cy.edges('[?bundle]').filter((edge) => edge.data('members').includes(id));
      const element = bundle.nonempty() && bundle.visible() ? bundle : cy.getElementById(id);
      if (element.empty() || !element.visible()) return null;
      const point = element.isEdge()
        ? (element as EdgeSingular).renderedMidpoint()
        : (element as NodeSingular).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
  };
  (window as unknown as { __newsgraph: NewsgraphHook }).__newsgraph = hook;
}
