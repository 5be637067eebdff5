// Which elements the current filters let through: pure, so the graph view only applies the answer.

import type { GraphNode, Subgraph } from '../api/types.ts';
import { inDateRange } from './date-range.ts';
import type { ViewState } from './url-state.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

type Filters = Pick<
  ViewState,
  'focus' | 'hidden' | 'entityTypes' | 'relationTypes' | 'from' | 'to' | 'showUndated'
>;

/** Why the filters would hide the focus, if they would: it is then kept and this is said on the canvas. */
export type FocusFiltered = { kind: 'type'; type: GraphNode['type'] } | { kind: 'hidden' };

export function focusFiltered(graph: Subgraph, filters: Filters): FocusFiltered | null {
  const focus = graph.nodes.find((node) => node.id === filters.focus);
  if (!focus) return null;
  if (filters.hidden.includes(focus.id)) return { kind: 'hidden' };
  if (!filters.entityTypes.includes(focus.type)) return { kind: 'type', type: focus.type };
  return null;
}

/**
 * The focus always passes: it is what the view is about, and dropping it left its neighbours as
 * unrelated islands. Other nodes pass on type and the hidden list, edges on type, date and both endpoints. While a date range
 * is set, nodes left without a visible edge drop out too (except the focus), so time filtering
 * actually thins the picture.
 */
export function computeVisibility(graph: Subgraph, filters: Filters): Visibility {
  const hidden = new Set(filters.hidden);
  const entityTypes = new Set(filters.entityTypes);
  const relationTypes = new Set(filters.relationTypes);
  const nodes = new Set(
    graph.nodes
      .filter((node) => node.id === filters.focus || (entityTypes.has(node.type) && !hidden.has(node.id)))
      .map((node) => node.id),
  );
  const edges = new Set<string>();
  for (const edge of graph.edges) {
    if (!relationTypes.has(edge.type) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const datePasses = edge.date ? inDateRange(edge.date, filters.from, filters.to) : filters.showUndated;
    if (datePasses) edges.add(edge.id);
  }
  if (filters.from || filters.to) {
    const linked = new Set<string>();
    for (const edge of graph.edges) {
      if (edges.has(edge.id)) linked.add(edge.source).add(edge.target);
    }
    for (const id of nodes) if (!linked.has(id) && id !== filters.focus) nodes.delete(id);
  }
  return { nodes, edges };
}
