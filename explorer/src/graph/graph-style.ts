// Node and edge appearance as data: one entry per entity type, one stylesheet for Cytoscape.
import type { NodeSingular, StylesheetStyle } from 'cytoscape';
import type { EntityType } from '../api/types.ts';
import { fontForZoom } from './label-size.ts';

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

/**
 * No background image, said as an empty list. Cytoscape's default ('none') counts as one image slot with
 * no picture, and its canvas renderer then flips the node's "backgrounding" state at every draw and
 * restyles the node (cytoscape 3.34–3.35, drawImages in drawNode): the whole graph was styled twice on
 * its first render, a third of a second at 5,000 elements (bench:explorer).
 */
const NO_IMAGES = { 'background-image': [] as string[] } as const;

/** Nodes of a readable graph: sized by weight, labelled, with a halo and a border. */
const NODE_LOOK = {
  ...NO_IMAGES,
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
} as const;

const EDGE_LOOK = {
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
} as const;

/**
 * A large graph (layout.ts LARGE_GRAPH) gets as few style properties as it can: Cytoscape pays for each
 * one on every element (see bench/explorer.bench.ts). Small dots and straight unlabelled lines.
 */
const LARGE_NODE_LOOK = { width: 10, height: 10, ...NO_IMAGES } as const;

/**
 * A large graph's node labels: drawn only from 9 px on screen (zoom 9/11), so a graph seen whole is dots
 * and lines and the names come as one zooms in.
 */
const LARGE_LABEL_LOOK = {
  label: 'data(label)',
  'font-family': 'Inter, system-ui, sans-serif',
  'font-size': 11,
  color: '#1f2937',
  'text-valign': 'bottom',
  'min-zoomed-font-size': 9,
} as const;

const LARGE_EDGE_LOOK = {
  width: 1,
  'line-color': '#94a3b8',
  // Haystacks are the cheapest edges Cytoscape draws (straight, no arrow, no endpoint clipping) and its
  // default, with 'haystack-radius' 0: left unset, they cost nothing to apply.
} as const;

/** Rules for the view's classes (focus, selection, bundles, paths, filters), shared by both sheets. */
function stateRules(alwaysLabelled: string): StylesheetStyle[] {
  return [
    { selector: 'node[!size]', style: { width: 28, height: 28 } },
    { selector: '.focus', style: { 'border-color': '#111827', 'border-width': 3 } },
    // These labels stay on at any zoom, growing as one zooms out so they stay readable (label-zoom.ts
    // restyles them when the zoom changes); the rest appear as one zooms in.
    {
      selector: alwaysLabelled,
      style: {
        label: 'data(label)',
        'font-size': (node: NodeSingular) => fontForZoom(node.cy().zoom()),
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'text-outline-width': 3,
        'z-index': 10,
      },
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
    {
      selector: '.pinned',
      style: { 'border-color': '#f59e0b', 'border-width': 4, 'border-style': 'double' },
    },
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
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

/** Hubs, the focus, the selection and its neighbours: labels kept at any zoom (label-zoom.ts). */
export const ALWAYS_LABELLED = 'node.hub, node.focus, node.near-selection';
/** In a large graph a tenth of the nodes are hubs: too many labels, so only focus and selection. */
export const ALWAYS_LABELLED_LARGE = 'node.focus, node.near-selection';

export const GRAPH_STYLE: StylesheetStyle[] = [
  { selector: 'node', style: NODE_LOOK },
  ...typeRules,
  { selector: 'edge', style: EDGE_LOOK },
  // Undated edges are drawn dashed: the date is part of what an analyst weighs.
  { selector: 'edge[!date]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[type = "MET"]', style: { 'target-arrow-shape': 'none' } },
  ...stateRules(ALWAYS_LABELLED),
];

/**
 * The large graph's sheet. One sheet at every zoom: a switch of sheets as the zoom crosses the label
 * threshold restyled every element, and after a first fit it styled and drew the whole graph twice.
 */
export const LARGE_GRAPH_STYLE: StylesheetStyle[] = [
  { selector: 'node', style: { ...LARGE_NODE_LOOK, ...LARGE_LABEL_LOOK } },
  ...typeRules,
  { selector: 'edge', style: LARGE_EDGE_LOOK },
  ...stateRules(ALWAYS_LABELLED_LARGE),
  // The focus stands out among the dots.
  { selector: 'node.focus', style: { width: 30, height: 30 } },
];
