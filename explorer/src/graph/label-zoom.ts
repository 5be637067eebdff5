// Labels that must stay readable (hubs, focus, selection and neighbours) grow as one zooms out, so
// their on-screen size never drops below what a person can read.
import type { Core } from 'cytoscape';

const BASE_FONT = 11;
/** On-screen size kept for always-on labels; the font never grows past MAX_FONT in graph units. */
const READABLE_PX = 11;
const MAX_FONT = 36;
const ALWAYS_ON = 'node.hub, node.focus, node.near-selection';

export function fontForZoom(zoom: number): number {
  return Math.min(MAX_FONT, Math.max(BASE_FONT, READABLE_PX / zoom));
}

/** Re-styles the always-on labels when the zoom changes, at most once per frame. */
export function bindLabelZoom(cy: Core): void {
  let pending = false;
  let applied = 0;
  const apply = () => {
    pending = false;
    const size = Math.round(fontForZoom(cy.zoom()));
    if (size === applied) return;
    applied = size;
    cy.style().selector(ALWAYS_ON).style({ 'font-size': size }).update();
  };
  cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(apply);
  });
  apply();
}
