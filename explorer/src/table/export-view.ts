// Exports the visible graph: a PNG with title, dates and legend, and the subgraph with its sources as JSON.
import type { Core } from 'cytoscape';
import type { Subgraph } from '../api/types.ts';
import { TYPE_STYLES } from '../graph/graph-style.ts';
import type { AppStore } from '../state/app-state.ts';
import { computeVisibility } from '../state/visibility.ts';
import type { Evidence } from './fact-table.ts';
import { pngCaption } from './png-caption.ts';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function fileStem(store: AppStore): string {
  const focus = store.get().view.focus ?? 'graph';
  return `newsgraph-${focus.replace(/[^a-z0-9-]+/gi, '-')}`;
}

const HEADER = 64;
const LEGEND = 28;
const SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the graph picture could not be read back for the export'));
    image.src = url;
  });
}

/** The graph with a title, the date range and a legend, so the picture explains itself. */
export async function exportPng(cy: Core, store: AppStore): Promise<void> {
  const graph = await loadImage(cy.png({ output: 'base64uri', full: true, scale: SCALE, bg: '#ffffff' }));
  const caption = pngCaption(store.get().view, visibleSubgraph(store), new Date().toISOString().slice(0, 10));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(graph.width, 720 * SCALE);
  canvas.height = graph.height + (HEADER + LEGEND) * SCALE;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(SCALE, SCALE);
  context.fillStyle = '#0f172a';
  context.font = 'bold 18px system-ui, sans-serif';
  context.fillText(caption.title, 16, 28);
  context.fillStyle = '#475569';
  context.font = '13px system-ui, sans-serif';
  context.fillText(caption.range, 16, 50);
  let x = 16;
  for (const { type, count } of caption.legend) {
    context.fillStyle = TYPE_STYLES[type].color;
    context.fillRect(x, HEADER + 6, 12, 12);
    context.fillStyle = '#1f2937';
    const label = `${TYPE_STYLES[type].label} ${count}`;
    context.fillText(label, x + 16, HEADER + 17);
    x += 28 + context.measureText(label).width;
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(graph, 0, (HEADER + LEGEND) * SCALE);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG export');
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

/** The visible subgraph with each relation's modality and sources (quotes and articles). */
export async function exportJson(
  store: AppStore,
  evidence: () => Promise<Map<string, Evidence>>,
): Promise<void> {
  const shown = visibleSubgraph(store);
  const found = await evidence();
  const edges = shown.edges.map((edge) => ({
    ...edge,
    modality: found.get(edge.id)?.modality ?? null,
    sources: found.get(edge.id)?.sources ?? [],
  }));
  const text = JSON.stringify({ view: store.get().view, ...shown, edges }, null, 2);
  download(`${fileStem(store)}.json`, new Blob([text], { type: 'application/json' }));
}
