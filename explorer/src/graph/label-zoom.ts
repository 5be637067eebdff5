// Keeps the always-on labels readable as the zoom changes. Their font size is a function of the zoom in
// the stylesheet (graph-style.ts), so a zoom only has to restyle those few nodes, at most once per frame
// and only when the size in whole pixels changes; the stylesheet itself never changes.
import type { Core } from 'cytoscape';
import { ALWAYS_LABELLED, ALWAYS_LABELLED_LARGE } from './graph-style.ts';
import { isLargeGraph } from './graph-sync.ts';
import { fontForZoom } from './label-size.ts';

export interface LabelZoom {
  /** Brings the labels in line with the zoom now, before the next frame draws (after a layout's fit). */
  sync(): void;
}

export function bindLabelZoom(cy: Core): LabelZoom {
  let pending = false;
  let applied = fontForZoom(cy.zoom());
  const apply = () => {
    pending = false;
    const size = fontForZoom(cy.zoom());
    if (size === applied) return;
    applied = size;
    const selector = isLargeGraph(cy) ? ALWAYS_LABELLED_LARGE : ALWAYS_LABELLED;
    // Not style().update(): it restyles every element, thousands in a large graph, for a few labels.
    (cy.nodes(selector) as unknown as { updateStyle(): void }).updateStyle();
  };
  cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      if (pending) apply();
    });
  });
  return { sync: apply };
}
