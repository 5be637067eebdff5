// window.__newsgraph: a hook for the e2e tests and the benchmark to feed data and read what is drawn.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { AppStore } from './app-state.ts';
import type { GraphView } from './graph-view.ts';
import type { Subgraph } from './types.ts';

export interface RenderTiming {
  elements: number;
  /** Adding the elements and running the layout to its end. */
  layoutMs: number;
  /** From the start until the first frame after the layout has been painted. */
  firstRenderMs: number;
}

export interface NewsgraphHook {
  renderSubgraph(data: Subgraph): Promise<RenderTiming>;
  settled(): Promise<void>;
  visible(): {
    nodes: { id: string; type: string }[];
    edges: { id: string; type: string; date: string | null; source: string; target: string }[];
  };
  /** A node's position in graph coordinates (what a pin stores). */
  modelPosition(id: string): { x: number; y: number } | null;
  /** Page coordinates of a node's centre or an edge's midpoint, for real mouse clicks. */
  pointOf(id: string): { x: number; y: number } | null;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

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
    settled: () => view.settled(),
    visible() {
      const shown = cy.elements(':visible');
      return {
        nodes: shown.nodes().map((node) => ({ id: node.id(), type: node.data('type') })),
        edges: shown.edges().map((edge) => ({
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
    pointOf(id) {
      const element = cy.getElementById(id);
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
