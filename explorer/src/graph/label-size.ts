// How big an always-on label (hub, focus, selection and neighbours) is drawn at a zoom: it grows as one
// zooms out, so its on-screen size never drops below what a person can read, up to a ceiling.

const BASE_FONT = 11;
/** On-screen size kept for always-on labels; the font never grows past MAX_FONT in graph units. */
const READABLE_PX = 11;
const MAX_FONT = 36;

/** The font size in graph units, in whole pixels so that small zoom steps restyle nothing. */
export function fontForZoom(zoom: number): number {
  return Math.round(Math.min(MAX_FONT, Math.max(BASE_FONT, READABLE_PX / zoom)));
}
