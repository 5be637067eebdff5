import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import { neighbourCounts, type RelationEnd } from './neighbour-counts.ts';

const EVERY_TYPE = new Set<RelationType>(RELATION_TYPES);

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
    const counts = neighbourCounts(relations, new Set(['country:UA']), EVERY_TYPE);
    expect(counts.byType).toEqual([
      { type: 'SIGNED', added: 2, total: 2, shown: true },
      { type: 'MET', added: 1, total: 2, shown: true },
      { type: 'OFFICIAL_OF', added: 0, total: 1, shown: true },
    ]);
    expect(counts.all).toEqual({ added: 3, total: 4 });
  });

  it('lists the types the relation filter hides last, and leaves them out of "All"', () => {
    const counts = neighbourCounts(relations, new Set(['country:UA']), new Set(['MET', 'OFFICIAL_OF']));
    expect(counts.byType).toEqual([
      { type: 'MET', added: 1, total: 2, shown: true },
      { type: 'OFFICIAL_OF', added: 0, total: 1, shown: true },
      { type: 'SIGNED', added: 2, total: 2, shown: false },
    ]);
    expect(counts.all).toEqual({ added: 1, total: 2 });
  });

  it('has nothing to offer for an entity with no relations', () => {
    expect(neighbourCounts([], new Set(), EVERY_TYPE)).toEqual({ byType: [], all: { added: 0, total: 0 } });
  });
});
