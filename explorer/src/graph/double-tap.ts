// Double taps recognised by us, not by Cytoscape: its dbltap fires for two quick taps on different
// nodes and then targets the second one, which expanded a node the person never double-clicked.

export interface Tap {
  id: string;
  time: number;
}

/** Longest gap between the two taps of a double tap, as in most desktop systems. */
export const DOUBLE_TAP_MS = 400;

/** A double tap is two taps on the same element within the window. */
export function isDoubleTap(previous: Tap | null, current: Tap, windowMs = DOUBLE_TAP_MS): boolean {
  return previous !== null && previous.id === current.id && current.time - previous.time <= windowMs;
}
