// A deterministic synthetic subgraph of a given size, shaped like news graphs (hubs and leaves).

import type { GraphEdge, GraphNode, Subgraph } from '../explorer/src/api/types.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../schema/graph-model.ts';

/** Mulberry32: a tiny seeded PRNG so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function date(next: () => number): string | null {
  if (next() < 0.25) return null;
  const year = 2019 + Math.floor(next() * 7);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  return next() < 0.3
    ? `${year}-${month}`
    : `${year}-${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
}

/** `nodes` nodes and `edges` edges; targets favour low indices so a few hubs emerge. */
export function syntheticSubgraph(nodeCount: number, edgeCount: number, seed = 42): Subgraph {
  const next = random(seed);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, index) => ({
    id: `n${index}`,
    type: ENTITY_TYPES[Math.floor(next() * ENTITY_TYPES.length)]!,
    name: `Entity ${index}`,
    aliases: [],
    properties: {},
  }));
  const edges: GraphEdge[] = Array.from({ length: edgeCount }, (_, index) => {
    const source = Math.floor(next() * nodeCount);
    let target = Math.floor(next() ** 2 * nodeCount);
    if (target === source) target = (source + 1) % nodeCount;
    const when = date(next);
    return {
      id: `e${index}`,
      type: RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)]!,
      source: `n${source}`,
      target: `n${target}`,
      date: when,
      datePrecision: when ? (when.length === 10 ? 'day' : 'month') : 'none',
      confidence: 0.8,
      properties: {},
      sourceCount: 1,
    };
  });
  return { nodes, edges, truncated: false };
}
