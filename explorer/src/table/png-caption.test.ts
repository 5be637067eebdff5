import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import { DEFAULT_VIEW } from '../state/url-state.ts';
import { pngCaption } from './png-caption.ts';

describe('pngCaption', () => {
  it('names the focus, the date range and the types shown', () => {
    const caption = pngCaption(
      { ...DEFAULT_VIEW, focus: 'country:UA', from: '2021', to: '2024-06' },
      SAMPLE,
      '2026-11-27',
    );
    expect(caption.title).toBe('Newsgraph: Ukraine');
    expect(caption.range).toBe('2021 to 2024-06 · 4 relations · exported 2026-11-27');
    expect(caption.legend).toEqual([
      { type: 'Country', count: 1 },
      { type: 'Official', count: 1 },
      { type: 'Agreement', count: 2 },
    ]);
  });
});
