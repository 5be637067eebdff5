import { describe, expect, it } from 'vitest';
import { bundleEdges } from './edge-bundles.ts';

const edges = [
  { id: 'e1', source: 'a', target: 'b' },
  { id: 'e2', source: 'b', target: 'a' },
  { id: 'e3', source: 'a', target: 'c' },
];

describe('bundleEdges', () => {
  it('bundles edges between the same two nodes in either direction', () => {
    expect(bundleEdges(edges, new Set())).toEqual([
      { id: 'bundle:a|b', source: 'a', target: 'b', members: ['e1', 'e2'] },
    ]);
  });

  it('leaves the pair of the selected edge open', () => {
    expect(bundleEdges(edges, new Set(['e2']))).toEqual([]);
  });
});
