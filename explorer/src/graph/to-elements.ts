// API subgraphs → Cytoscape element definitions: pure, deduplicated, ids stable across queries.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, Subgraph } from '../api/types.ts';

export interface NodeData {
  id: string;
  label: string;
  type: GraphNode['type'];
  aliases: string[];
  properties: GraphNode['properties'];
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: GraphEdge['type'];
  label: string;
  date: string | null;
  datePrecision: GraphEdge['datePrecision'];
  confidence: number;
  sourceCount: number;
  properties: GraphEdge['properties'];
}

/** The label drawn on an edge: its type and, when known, its date. */
export function edgeLabel(edge: Pick<GraphEdge, 'type' | 'date'>): string {
  return edge.date ? `${edge.type} · ${edge.date}` : edge.type;
}

function nodeElement(node: GraphNode): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    label: node.name,
    type: node.type,
    aliases: node.aliases,
    properties: node.properties,
  };
  return { group: 'nodes', data: { ...data } };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edgeLabel(edge),
    date: edge.date,
    datePrecision: edge.datePrecision,
    confidence: edge.confidence,
    sourceCount: edge.sourceCount,
    properties: edge.properties,
  };
  return { group: 'edges', data: { ...data } };
}

/**
 * Elements for any number of subgraphs, first occurrence winning; edges whose endpoints are missing
 * (the server cut the subgraph) are dropped, because Cytoscape refuses dangling edges.
 */
export function toElements(...subgraphs: Subgraph[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  for (const graph of subgraphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, nodeElement(node));
  }
  for (const graph of subgraphs) {
    for (const edge of graph.edges) {
      if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      edges.set(edge.id, edgeElement(edge));
    }
  }
  return [...nodes.values(), ...edges.values()];
}

/** Merges subgraphs into one, deduplicated by id; truncated if any part was. */
export function mergeSubgraphs(...subgraphs: Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of subgraphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: subgraphs.some((graph) => graph.truncated),
  };
}
