import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import { pathNames } from './path-list.ts';

describe('pathNames', () => {
  it('walks a path from its start whatever the edge directions', () => {
    const path = { ...SAMPLE, edges: SAMPLE.edges.filter((edge) => edge.id === 'r1' || edge.id === 'r4') };
    expect(pathNames(path, 'country:UA')).toEqual([
      'Ukraine',
      'US–Ukraine security agreement',
      'Volodymyr Zelensky',
    ]);
  });
});
