// Fitting and laying out the Cytoscape view, each tracked by a promise so callers can wait for it.
import type { Core, NodeSingular } from 'cytoscape';
import type { Pin } from '../state/url-state.ts';
import { spreadNodes } from './graph-sync.ts';
import { layoutOptions } from './layout.ts';
import { hashString, withSeededRandom } from './seeded-random.ts';

const MAX_FIT_ZOOM = 1.4;
const FIT_DELAY_MS = 250;

/** Fits what is shown, without zooming a handful of nodes up to giant size. */
export function fitVisible(cy: Core): void {
  // Shown nodes by class, not ':visible': that selector computes every element's style (a third of a
  // second at 5,000 elements), and edges lie between their nodes anyway.
  const shown = cy.nodes().not('.filtered');
  if (shown.empty()) return;
  cy.fit(shown, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(shown);
  }
}

/** Nodes drawn before an addition stay put, like pins, so the picture the analyst knows holds. */
function heldNodes(cy: Core, pins: Pin[], added: string[]): Pin[] {
  const skip = new Set([...added, ...pins.map((pin) => pin.id)]);
  return cy
    .nodes()
    .filter((node) => !skip.has(node.id()))
    .map((node) => ({ id: node.id(), ...(node as NodeSingular).position() }));
}

export interface Viewport {
  /**
   * An incremental layout places the `added` nodes and leaves every other node where it is; a
   * `requested` one (Re-layout) runs the force-directed layout whatever the graph's size.
   */
  layout(pins: Pin[], incremental: boolean, added?: string[], requested?: boolean): void;
  /** Filters can leave a small cluster in a big frame: refit once they stop changing. */
  scheduleFit(): void;
  settled(): Promise<void>;
}

export function createViewport(cy: Core): Viewport {
  let running: Promise<void> = Promise.resolve();
  let fitted: Promise<void> = Promise.resolve();
  let fitDone: () => void = () => undefined;
  let fitTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    layout(pins, incremental, added = [], requested = false) {
      const present = pins.filter((pin) => cy.getElementById(pin.id).nonempty());
      if (incremental) present.push(...heldNodes(cy, present, added));
      const options = layoutOptions({
        elementCount: cy.elements().length,
        pins: present,
        animate: incremental,
        incremental,
        requested,
      });
      // A force-directed run from scratch starts from the spiral; a preset places every node itself.
      if (!incremental && options.name !== 'preset') spreadNodes(cy);
      // Sorted by id and seeded by the ids: the same graph always gets the same picture.
      const elements = cy.elements().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
      const layout = elements.layout(options);
      running = new Promise((resolve) =>
        layout.one('layoutstop', () => {
          // fCoSE fixes a node's box including its label, which shifts the node itself a little.
          for (const pin of present) cy.getElementById(pin.id).position({ x: pin.x, y: pin.y });
          fitVisible(cy);
          resolve();
        }),
      );
      withSeededRandom(hashString(elements.map((element) => element.id()).join('|')), () => layout.run());
    },
    scheduleFit() {
      clearTimeout(fitTimer);
      fitDone();
      fitted = new Promise((resolve) => {
        fitDone = resolve;
      });
      fitTimer = setTimeout(() => {
        fitVisible(cy);
        fitDone();
      }, FIT_DELAY_MS);
    },
    async settled() {
      await running;
      await fitted;
    },
  };
}
