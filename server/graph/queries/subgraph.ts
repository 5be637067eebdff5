import { edgesKnownAt, entitiesKnownAt } from './as-known-at.ts';
import type { FactView } from './fact-view.ts';
import type { EdgeRow, EntityRow, RawEdge, RawNode } from './rows.ts';
import { toEdgeRow, toEntityRow } from './rows.ts';
import type { GraphReader } from './run-read.ts';

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

/** A subgraph as its sources had published it by the view's `knownAt` (unchanged without one). */
export async function subgraphInView(
  reader: GraphReader,
  subgraph: SubgraphRow,
  view: FactView | undefined,
): Promise<SubgraphRow> {
  if (!view?.knownAt) return subgraph;
  const [edges, nodes] = await Promise.all([
    edgesKnownAt(reader, subgraph.edges, view.knownAt),
    entitiesKnownAt(reader, subgraph.nodes, view.knownAt),
  ]);
  return { ...subgraph, nodes, edges };
}
