import type { EdgeRow, EntityRow, RawEdge, RawNode } from './rows.ts';
import { toEdgeRow, toEntityRow } from './rows.ts';

export interface SubgraphRow {
  nodes: EntityRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

/** Converts raw node/edge lists, dropping duplicates so the explorer can draw the result directly. */
export function toSubgraph(nodes: RawNode[], edges: RawEdge[], truncated: boolean): SubgraphRow {
  const nodeRows = new Map<string, EntityRow>();
  for (const raw of nodes) {
    const row = toEntityRow(raw);
    nodeRows.set(row.id, row);
  }
  const edgeRows = new Map<string, EdgeRow>();
  for (const raw of edges) {
    const row = toEdgeRow(raw);
    edgeRows.set(row.id, row);
  }
  return { nodes: [...nodeRows.values()], edges: [...edgeRows.values()], truncated };
}
