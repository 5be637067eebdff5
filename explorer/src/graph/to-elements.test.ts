import { describe, expect, it } from 'vitest';
import { edge, node, SAMPLE } from '../fixtures.test-data.ts';
import { edgeLabel, mergeSubgraphs, toElements } from './to-elements.ts';

describe('toElements', () => {
  it('maps nodes and edges with stable ids taken from the API', () => {
    const elements = toElements(SAMPLE);
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(4);
    expect(elements.find((element) => element.data.id === 'r1')?.data).toMatchObject({
      source: 'official:volodymyr-zelensky',
      target: 'agreement:us-ua-2024',
      label: 'SIGNED · 2024-06-13',
    });
  });

  it('keeps one element per id when subgraphs overlap', () => {
    const elements = toElements(SAMPLE, SAMPLE);
    expect(new Set(elements.map((element) => element.data.id)).size).toBe(elements.length);
    expect(elements).toHaveLength(8);
  });

  it('drops edges whose endpoint the server cut off', () => {
    const graph = {
      nodes: [node('a', 'Country')],
      edges: [edge('e', 'MET', 'a', 'missing', null)],
      truncated: true,
    };
    expect(toElements(graph).map((element) => element.data.id)).toEqual(['a']);
  });

  it('labels undated edges with their type only', () => {
    expect(edgeLabel({ type: 'OFFICIAL_OF', date: null })).toBe('OFFICIAL_OF');
  });
});

describe('mergeSubgraphs', () => {
  it('unions nodes and edges and keeps the truncated flag of any part', () => {
    const extra = { nodes: [node('x', 'Place')], edges: [], truncated: true };
    const merged = mergeSubgraphs(SAMPLE, extra, SAMPLE);
    expect(merged.nodes).toHaveLength(5);
    expect(merged.edges).toHaveLength(4);
    expect(merged.truncated).toBe(true);
  });
});
