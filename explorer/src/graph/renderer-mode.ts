// How Cytoscape draws, by graph size: WebGL for large graphs (a pan frame of 2,000 nodes and 5,000 edges
// costs the main thread several times less, see bench/explorer.bench.ts), the canvas for the rest, since
// WebGL mode draws no dashed lines (undated edges) and no halo round a selected edge.
import type { Core } from 'cytoscape';

/** The renderer Cytoscape is created with: WebGL mode where the browser has WebGL2 (it cannot be added later). */
export function rendererOptions(): { name: 'canvas'; webgl: boolean } {
  return { name: 'canvas', webgl: hasWebgl2() };
}

function hasWebgl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** The parts of Cytoscape's canvas renderer used here (not in its public types). */
interface RendererInternals {
  webgl?: boolean;
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  WEBGL: number;
  data: { contexts: unknown[] };
  [method: string]: unknown;
}

/**
 * WebGL mode replaces these renderer methods with WebGL ones on the instance; the canvas drawing stays on
 * the prototype (Cytoscape itself falls back to it beyond zoom 8), so deleting them brings the canvas back.
 * This leans on Cytoscape's private renderer (as of 3.34): test/e2e/explorer-scale.e2e.test.ts switches
 * canvas → WebGL → canvas, so an upgrade that changes it fails there.
 */
const WEBGL_METHODS = ['render', 'findNearestElements'] as const;
const webglMethods = new WeakMap<RendererInternals, Record<string, unknown>>();

function internals(cy: Core): RendererInternals | undefined {
  return (cy as unknown as { renderer(): RendererInternals | undefined }).renderer();
}

/** Whether the graph is drawn with WebGL right now. */
export function drawsWithWebgl(cy: Core): boolean {
  const r = internals(cy);
  return r?.webgl === true && Object.hasOwn(r, 'render');
}

/** WebGL (where there is any) and the canvas's pan shortcuts for large graphs; plain canvas for small. */
export function tuneRenderer(cy: Core, large: boolean): void {
  const r = internals(cy);
  if (!r) return;
  // Cytoscape reads these at start-up only; set on the renderer, only a large canvas-drawn graph drops
  // its edges and draws a cached texture while panning and zooming.
  r.hideEdgesOnViewport = large;
  r.textureOnViewport = large;
  if (!r.webgl) return;
  if (!webglMethods.has(r)) webglMethods.set(r, Object.fromEntries(WEBGL_METHODS.map((m) => [m, r[m]])));
  if (large === drawsWithWebgl(cy)) return;
  if (large) Object.assign(r, webglMethods.get(r));
  else {
    for (const method of WEBGL_METHODS) delete r[method];
    // The WebGL layer keeps its last picture until cleared.
    const gl = r.data.contexts[r.WEBGL] as WebGL2RenderingContext;
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
  }
  cy.forceRender();
}
