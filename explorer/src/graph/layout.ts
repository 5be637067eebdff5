// Layout options as data: fCoSE for readable graphs, a sunflower by degree for a large graph's first picture.
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { Pin } from '../state/url-state.ts';
import { degreeSpiral, type Point } from './initial-positions.ts';

/** Element count above which the view switches to the fast settings (see bench/explorer.bench.ts). */
export const LARGE_GRAPH = 1500;
/** Element count above which fCoSE refines with fewer iterations: 2,500 cost 1.7 s at 1,000 elements. */
export const MEDIUM_GRAPH = 600;

export interface LayoutRequest {
  elementCount: number;
  /** Pins whose nodes are in the graph. */
  pins: Pin[];
  animate: boolean;
  /** Start from the current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  /** The analyst asked for a layout (Re-layout, L): worth a force-directed pass even on a large graph. */
  requested?: boolean;
}

/** Distance between neighbouring nodes of a large graph's first picture: its dots are 10 wide. */
const LARGE_SPACING = 14;

/**
 * A large graph's first picture: a sunflower by degree, hubs in the centre, every node on its own point
 * of a disc the view is filled with. Cytoscape's rings by degree (concentric) put the many nodes of low
 * degree on one wide ring, where 5,000 elements shrank below a pixel once fitted, and drew long chords
 * across it; fCoSE's spectral pass alone cost 1.5 s there (bench:explorer).
 */
function sunflowerByDegree(): LayoutOptions {
  let placed: Map<string, Point> | undefined;
  return {
    name: 'preset',
    positions: (node: NodeSingular) => {
      placed ??= degreeSpiral(
        node
          .cy()
          .nodes()
          .map((other) => ({ id: other.id(), degree: other.degree(false) })),
        LARGE_SPACING,
      );
      return placed.get(node.id())!;
    },
    animate: false,
    // Pinned nodes are put back where the analyst left them when the layout stops (viewport.ts).
    fit: false,
  } as LayoutOptions;
}

export function layoutOptions({
  elementCount,
  pins,
  animate,
  incremental,
  requested = false,
}: LayoutRequest): LayoutOptions {
  const large = elementCount > LARGE_GRAPH;
  if (large && !incremental && !requested) return sunflowerByDegree();
  const fixed = pins.map((pin) => ({ nodeId: pin.id, position: { x: pin.x, y: pin.y } }));
  return {
    name: 'fcose',
    // "draft" is spectral only (fast); "proof" refines existing positions, which incremental runs need.
    quality: incremental ? 'proof' : large ? 'draft' : 'default',
    // fCoSE only keeps existing positions with randomize off (and then requires "proof").
    randomize: !incremental,
    animate: animate && !large,
    animationDuration: 400,
    // The view fits what is shown once the layout stops (viewport.ts); fitting here too would measure
    // every element twice. An animated run fits along the way so the camera follows.
    fit: animate && !large,
    padding: 40,
    // Counting labels in node sizes avoids overlaps but costs a text measure per node.
    nodeDimensionsIncludeLabels: !large,
    // Longer ideal edges leave room for the edge labels (type · date).
    idealEdgeLength: () => (large ? 40 : 120),
    nodeRepulsion: () => (large ? 4500 : 12000),
    // Fewer iterations keep big graphs interactive; small ones converge early anyway.
    numIter: large ? 600 : elementCount > MEDIUM_GRAPH ? 700 : 2500,
    // Pinned nodes keep the place the analyst gave them.
    fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
    // Packing disconnected components keeps them from scattering across the canvas.
    packComponents: true,
  } as LayoutOptions;
}
