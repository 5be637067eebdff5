import { describe, expect, it } from 'vitest';
import { activeFilters } from './active-filters.ts';
import { DEFAULT_VIEW } from './url-state.ts';

describe('activeFilters', () => {
  it('says nothing under the default view', () => {
    expect(activeFilters(DEFAULT_VIEW)).toEqual([]);
  });

  it('names each filter in force and how to lift it', () => {
    const filters = activeFilters({
      ...DEFAULT_VIEW,
      entityTypes: ['Agreement'],
      relationTypes: DEFAULT_VIEW.relationTypes.filter((type) => type !== 'MET'),
      from: '2024',
      showUndated: false,
    });
    expect(filters.map((filter) => filter.text)).toEqual([
      'Entities: only Agreements',
      'Relations: no MET',
      'Dates: 2024 to …',
      'Undated relations hidden',
    ]);
    expect(filters[2]!.clear).toEqual({ from: null, to: null });
  });
});
