// Node and edge appearance as data: one entry per entity type, one stylesheet for Cytoscape.
import type { StylesheetStyle } from 'cytoscape';
import type { EntityType } from '../api/types.ts';

export interface TypeStyle {
  /** Cytoscape node shape; distinct per type so colour is never the only cue. */
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'round-triangle' | 'diamond' | 'star';
  /** Fill colour, chosen for contrast on white and against each other. */
  color: string;
  /** Plural label shown in the legend and the filters. */
  label: string;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  Country: { shape: 'round-rectangle', color: '#2563eb', label: 'Countries' },
  Official: { shape: 'ellipse', color: '#ea580c', label: 'Officials' },
  Organization: { shape: 'hexagon', color: '#7c3aed', label: 'Organisations' },
  Place: { shape: 'round-triangle', color: '#059669', label: 'Places' },
  Agreement: { shape: 'diamond', color: '#0891b2', label: 'Agreements' },
  Attack: { shape: 'star', color: '#dc2626', label: 'Attacks' },
};

const typeRules: StylesheetStyle[] = Object.entries(TYPE_STYLES).map(([type, style]) => ({
  selector: `node[type = "${type}"]`,
  style: { shape: style.shape, 'background-color': style.color },
}));

export const GRAPH_STYLE: StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      // Size stands for degree or source count (node-weights.ts); 28 until it is computed.
      width: 'data(size)',
      height: 'data(size)',
      'font-family': 'Inter, system-ui, sans-serif',
      'font-size': 11,
      color: '#1f2937',
      // Labels sit under the node with a halo so they stay readable over edges.
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Below this on-screen size labels are skipped: cheaper and less cluttered when zoomed out.
      'min-zoomed-font-size': 7,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...typeRules,
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      // Bezier curves keep parallel edges (two relations between the same pair) apart.
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#f8fafc',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  // Undated edges are drawn dashed: the date is part of what an analyst weighs.
  { selector: 'edge[!date]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[type = "MET"]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'node[!size]', style: { width: 28, height: 28 } },
  { selector: '.focus', style: { 'border-color': '#111827', 'border-width': 3 } },
  // Hubs, the focus, the selection and its neighbours keep their labels at any zoom (label-zoom.ts
  // keeps their on-screen size readable); the rest appear as one zooms in.
  {
    selector: 'node.hub, node.focus, node.near-selection',
    style: { 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'text-outline-width': 3, 'z-index': 10 },
  },
  // A bundle of parallel relations: one thicker edge whose label gives the count.
  {
    selector: 'edge[?bundle]',
    style: {
      width: 3.5,
      'line-color': '#64748b',
      'target-arrow-shape': 'none',
      'curve-style': 'straight',
      'line-style': 'solid',
      label: 'data(label)',
      'font-weight': 'bold',
    },
  },
  { selector: 'edge.bundled', style: { display: 'none' } },
  // A focus kept against the filters is drawn faded, so it reads as "shown only because it is the focus".
  { selector: 'node.focus-filtered', style: { opacity: 0.55, 'border-style': 'dashed' } },
  { selector: '.pinned', style: { 'border-color': '#f59e0b', 'border-width': 4, 'border-style': 'double' } },
  { selector: '.expanded', style: { 'border-style': 'dashed', 'border-color': '#111827' } },
  // Selection: a thick amber border on nodes, an amber line and halo on edges.
  {
    selector: 'node:selected',
    style: { 'border-color': '#f59e0b', 'border-width': 5, 'overlay-opacity': 0 },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 3,
      'line-color': '#f59e0b',
      'target-arrow-color': '#f59e0b',
      'overlay-color': '#f59e0b',
      'overlay-opacity': 0.18,
      'overlay-padding': 4,
    },
  },
  // New at this step of Play: drawn thick and amber so the change catches the eye.
  { selector: 'edge.fresh', style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
  { selector: 'edge.path', style: { 'line-color': '#e11d48', 'target-arrow-color': '#e11d48', width: 4 } },
  { selector: 'node.path', style: { 'border-color': '#e11d48', 'border-width': 4 } },
  // Applied to large graphs: labels, arrows, borders and curved edges are the costliest things to draw.
  { selector: 'node.large', style: { label: '', width: 10, height: 10, 'border-width': 0 } },
  { selector: 'node.large.focus', style: { label: 'data(label)', width: 30, height: 30 } },
  {
    selector: 'edge.large',
    style: {
      label: '',
      'curve-style': 'haystack',
      'haystack-radius': 0,
      width: 1,
      'target-arrow-shape': 'none',
    },
  },
  { selector: '.filtered', style: { display: 'none' } },
];
