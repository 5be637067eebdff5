// Fitting and laying out the Cytoscape view, each tracked by a promise so callers can wait for it.
import type { Core } from 'cytoscape';
import type { Pin } from '../state/url-state.ts';
import { spreadNodes } from './graph-sync.ts';
import { layoutOptions } from './layout.ts';
import { hashString, withSeededRandom } from './seeded-random.ts';

const MAX_FIT_ZOOM = 1.4;
const FIT_DELAY_MS = 250;

/** Fits what is shown, without zooming a handful of nodes up to giant size. */
export function fitVisible(cy: Core): void {
  const shown = cy.elements(':visible');
  if (shown.empty()) return;
  cy.fit(shown, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(shown);
  }
}

export interface Viewport {
  layout(pins: Pin[], incremental: boolean): void;
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
    layout(pins, incremental) {
      const present = pins.filter((pin) => cy.getElementById(pin.id).nonempty());
      if (!incremental) spreadNodes(cy);
      const options = layoutOptions({
        elementCount: cy.elements().length,
        pins: present,
        animate: incremental,
        incremental,
      });
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
