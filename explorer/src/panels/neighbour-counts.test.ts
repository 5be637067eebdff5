import { describe, expect, it } from 'vitest';
import { neighbourCounts, type RelationEnd } from './neighbour-counts.ts';

describe('neighbour counts by relation type', () => {
  const relations: RelationEnd[] = [
    { type: 'SIGNED', other: 'agreement:a' },
    { type: 'SIGNED', other: 'agreement:b' },
    { type: 'SIGNED', other: 'agreement:b' },
    { type: 'OFFICIAL_OF', other: 'country:UA' },
    { type: 'MET', other: 'official:x' },
    { type: 'MET', other: 'country:UA' },
  ];

  it('counts distinct neighbours per type, and those not yet drawn, most added first', () => {
    const counts = neighbourCounts(relations, new Set(['country:UA']));
    expect(counts.byType).toEqual([
      { type: 'SIGNED', added: 2, total: 2 },
      { type: 'MET', added: 1, total: 2 },
      { type: 'OFFICIAL_OF', added: 0, total: 1 },
    ]);
    expect(counts.all).toEqual({ added: 3, total: 4 });
  });

  it('has nothing to offer for an entity with no relations', () => {
    expect(neighbourCounts([], new Set())).toEqual({ byType: [], all: { added: 0, total: 0 } });
  });
});
