// Exports the visible graph: a PNG of the canvas and the subgraph as JSON.
import type { Core } from 'cytoscape';
import type { AppStore } from './app-state.ts';
import type { Subgraph } from './types.ts';
import { computeVisibility } from './visibility.ts';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileStem(store: AppStore): string {
  const focus = store.get().view.focus ?? 'graph';
  return `newsgraph-${focus.replace(/[^a-z0-9-]+/gi, '-')}`;
}

export function exportPng(cy: Core, store: AppStore): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  download(`${fileStem(store)}.png`, blob);
}

/** The visible part of the loaded graph, in the API's own shape. */
export function visibleSubgraph(store: AppStore): Subgraph {
  const { graph, view } = store.get();
  const visible = computeVisibility(graph, view);
  return {
    nodes: graph.nodes.filter((node) => visible.nodes.has(node.id)),
    edges: graph.edges.filter((edge) => visible.edges.has(edge.id)),
    truncated: graph.truncated,
  };
}

export function exportJson(store: AppStore): void {
  const text = JSON.stringify({ view: store.get().view, ...visibleSubgraph(store) }, null, 2);
  download(`${fileStem(store)}.json`, new Blob([text], { type: 'application/json' }));
}
