// A small subgraph shared by the explorer's unit tests.
import type { GraphEdge, GraphNode, Subgraph } from './api/types.ts';

export function node(id: string, type: GraphNode['type'], name = id): GraphNode {
  return { id, type, name, aliases: [], properties: {} };
}

export function edge(
  id: string,
  type: GraphEdge['type'],
  source: string,
  target: string,
  date: string | null,
): GraphEdge {
  return {
    id,
    type,
    source,
    target,
    date,
    datePrecision: date ? 'day' : 'none',
    confidence: 0.9,
    properties: {},
    sourceCount: 1,
  };
}

export const SAMPLE: Subgraph = {
  nodes: [
    node('official:volodymyr-zelensky', 'Official', 'Volodymyr Zelensky'),
    node('country:UA', 'Country', 'Ukraine'),
    node('agreement:us-ua-2024', 'Agreement', 'US–Ukraine security agreement'),
    node('agreement:us-ua-2021', 'Agreement', 'Strategic defence framework'),
  ],
  edges: [
    edge('r1', 'SIGNED', 'official:volodymyr-zelensky', 'agreement:us-ua-2024', '2024-06-13'),
    edge('r2', 'OFFICIAL_OF', 'official:volodymyr-zelensky', 'country:UA', null),
    edge('r3', 'PARTY_TO', 'country:UA', 'agreement:us-ua-2021', '2021-08'),
    edge('r4', 'PARTY_TO', 'country:UA', 'agreement:us-ua-2024', '2024'),
  ],
  truncated: false,
};
