// Starting positions before a layout: every node on its own point, chosen from its id alone.
// Nodes stacked on (0, 0) made Cytoscape measure edges between overlapping nodes and warn
// "invalid endpoints"; positions from ids keep the picture the same for the same graph.
import { hashString } from './seeded-random.ts';

export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Spacing of the spiral, about one node width apart. */
const SPACING = 40;

/** The i-th point of a sunflower spiral: points never coincide and fill a disc evenly. */
export function spiralPoint(index: number, centre: Point = { x: 0, y: 0 }): Point {
  const radius = SPACING * Math.sqrt(index + 1);
  const angle = index * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/** Positions for ids in sorted order, so input order does not change the result. */
export function spiralPositions(ids: string[]): Map<string, Point> {
  const sorted = [...ids].sort();
  return new Map(sorted.map((id, index) => [id, spiralPoint(index)]));
}

/** A point beside `anchor` at an angle taken from the id: where a node joining by expansion starts. */
export function besidePoint(id: string, anchor: Point, distance = 80): Point {
  const angle = (hashString(id) / 2 ** 32) * Math.PI * 2;
  return { x: anchor.x + Math.cos(angle) * distance, y: anchor.y + Math.sin(angle) * distance };
}

export interface NodeDegree {
  id: string;
  degree: number;
}

/** Room for one node on a ring, in model units: about a node's width and a gap. */
const RING_SPACING = 36;
/** How many degree bands become rings at most, whatever the spread of degrees. */
const RING_BANDS = 12;

/**
 * Rings by degree, hubs in the centre: a large graph's first picture. Nodes are banded by degree, each
 * band on a circle wide enough for its nodes, ordered by degree then id so that the same graph always
 * gets the same picture. Computed here rather than by Cytoscape's concentric layout, which looks up
 * every node's rendered size (about 0.3 s of main-thread CPU at 5,000 elements).
 */
export function ringPositions(nodes: readonly NodeDegree[]): Map<string, Point> {
  const sorted = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const width = Math.max(1, (sorted[0]?.degree ?? 0) / RING_BANDS);
  const bands: NodeDegree[][] = [];
  let band = Number.NaN;
  for (const node of sorted) {
    const level = Math.floor(node.degree / width);
    if (level !== band) bands.push([]);
    band = level;
    bands.at(-1)!.push(node);
  }
  const positions = new Map<string, Point>();
  let radius = -RING_SPACING;
  for (const [bandIndex, members] of bands.entries()) {
    // Each ring turned a little, so the first nodes of the rings do not line up.
    const turn = bandIndex * GOLDEN_ANGLE;
    const single = radius < 0 && members.length === 1;
    radius = single ? 0 : Math.max(radius + RING_SPACING, (members.length * RING_SPACING) / (2 * Math.PI));
    members.forEach((node, index) => {
      const angle = turn + (index / members.length) * 2 * Math.PI;
      positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}
