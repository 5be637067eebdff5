// Labels that must stay readable (hubs, focus, selection and neighbours) grow as one zooms out, so
// their on-screen size never drops below what a person can read.
import type { Core } from 'cytoscape';
import { ALWAYS_LABELLED, ALWAYS_LABELLED_LARGE } from './graph-style.ts';
import { isLargeGraph } from './graph-sync.ts';

const BASE_FONT = 11;
/** On-screen size kept for always-on labels; the font never grows past MAX_FONT in graph units. */
const READABLE_PX = 11;
const MAX_FONT = 36;

export function fontForZoom(zoom: number): number {
  return Math.min(MAX_FONT, Math.max(BASE_FONT, READABLE_PX / zoom));
}

export interface LabelZoom {
  /** Brings the labels in line with the zoom now, before the next frame draws (after a layout's fit). */
  sync(): void;
}

/** Re-styles the always-on labels when the zoom changes, at most once per frame. */
export function bindLabelZoom(cy: Core): LabelZoom {
  let pending = false;
  let applied = 0;
  const apply = () => {
    pending = false;
    const size = Math.round(fontForZoom(cy.zoom()));
    if (size === applied) return;
    applied = size;
    const selector = isLargeGraph(cy) ? ALWAYS_LABELLED_LARGE : ALWAYS_LABELLED;
    // Not style().update(): it restyles every element, thousands in a large graph, for a few labels.
    cy.style().selector(selector).style({ 'font-size': size });
    (cy.nodes(selector) as unknown as { updateStyle(): void }).updateStyle();
  };
  // A new stylesheet (graph-sync.ts) drops the rule added here: add it again.
  cy.on('stylesheet', () => {
    applied = 0;
    apply();
  });
  cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      if (pending) apply();
    });
  });
  apply();
  return { sync: apply };
}
