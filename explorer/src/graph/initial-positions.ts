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
export function spiralPoint(index: number, centre: Point = { x: 0, y: 0 }, spacing = SPACING): Point {
  const radius = spacing * Math.sqrt(index + 1);
  const angle = index * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/** Positions for ids in sorted order, so input order does not change the result. */
export function spiralPositions(ids: string[]): Map<string, Point> {
  const sorted = [...ids].sort();
  return new Map(sorted.map((id, index) => [id, spiralPoint(index)]));
}

/**
 * A sunflower by degree: the most connected node in the centre and the rest outwards as their degree
 * falls, ties in id order, so the same graph always gets the same picture.
 */
export function degreeSpiral(nodes: { id: string; degree: number }[], spacing: number): Map<string, Point> {
  const sorted = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((node, index) => [node.id, spiralPoint(index, undefined, spacing)]));
}

/** A point beside `anchor` at an angle taken from the id: where a node joining by expansion starts. */
export function besidePoint(id: string, anchor: Point, distance = 80): Point {
  const angle = (hashString(id) / 2 ** 32) * Math.PI * 2;
  return { x: anchor.x + Math.cos(angle) * distance, y: anchor.y + Math.sin(angle) * distance };
}
