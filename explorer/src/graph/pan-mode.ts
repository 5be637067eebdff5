// How a graph pans and zooms: a large one on one cached picture of itself, a small one redrawn live.
// Cytoscape's canvas renderer can draw a gesture from a texture taken as it starts (textureOnViewport):
// a frame is then one image copy instead of thousands of elements. Measured by bench:explorer against
// Cytoscape's WebGL renderer (opt-in since 3.31) in the Debian Chromium (no GPU): the canvas drew 5,000
// elements in 1.1–1.3 s and panned 2,000 nodes + 5,000 edges at 51–53 fps, WebGL took 1.9 s and panned at
// 2 fps; WebGL also draws no dashed lines (undated edges). So the canvas, at every size.
import type { Core } from 'cytoscape';

/** The renderer's switch (a creation option, read from the renderer at each frame). */
interface RendererSwitches {
  textureOnViewport?: boolean;
}

function switches(cy: Core): RendererSwitches | undefined {
  return (cy as unknown as { renderer(): RendererSwitches | undefined }).renderer();
}

/**
 * Large graphs pan on the cached picture; small ones stay live, where a redraw is cheap and the picture
 * stays sharp (a texture blurs while zooming and is blank outside the view it was taken from).
 */
export function setPanMode(cy: Core, large: boolean): void {
  const renderer = switches(cy);
  if (renderer) renderer.textureOnViewport = large;
}

/** Whether a pan or zoom is drawn from the cached picture. */
export function pansOnTexture(cy: Core): boolean {
  return switches(cy)?.textureOnViewport === true;
}
