// How big each node is drawn and which nodes are hubs: from the loaded graph, so the picture says
// which entities the sources talk about most.
import type { Subgraph } from '../api/types.ts';

/** What node size stands for: relations in the loaded graph, or distinct articles behind them. */
export type SizeMeasure = 'degree' | 'sources';

export const SIZE_MEASURES: readonly SizeMeasure[] = ['degree', 'sources'];

const MIN_SIZE = 22;
const MAX_SIZE = 64;
/** Hubs keep their labels at any zoom: the top tenth by degree, and never fewer than this many relations. */
const HUB_SHARE = 0.1;
const HUB_MIN_DEGREE = 3;

export function nodeMeasures(graph: Subgraph, measure: SizeMeasure): Map<string, number> {
  const values = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const edge of graph.edges) {
    const add = measure === 'degree' ? 1 : edge.sourceCount;
    for (const end of [edge.source, edge.target]) {
      if (values.has(end)) values.set(end, values.get(end)! + add);
    }
  }
  return values;
}

/** Pixel sizes by square root (area grows with the value), between MIN_SIZE and MAX_SIZE. */
export function nodeSizes(graph: Subgraph, measure: SizeMeasure): Map<string, number> {
  const values = nodeMeasures(graph, measure);
  const max = Math.max(1, ...values.values());
  const sizes = new Map<string, number>();
  for (const [id, value] of values) {
    sizes.set(id, Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value / max)));
  }
  return sizes;
}

export function hubIds(graph: Subgraph): Set<string> {
  const degrees = [...nodeMeasures(graph, 'degree')].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const count = Math.max(1, Math.ceil(degrees.length * HUB_SHARE));
  return new Set(
    degrees
      .slice(0, count)
      .filter(([, degree]) => degree >= HUB_MIN_DEGREE)
      .map(([id]) => id),
  );
}
