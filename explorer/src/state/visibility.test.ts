import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import { DEFAULT_VIEW } from './url-state.ts';
import { computeVisibility, focusFiltered } from './visibility.ts';

describe('computeVisibility', () => {
  it('shows everything under the default filters', () => {
    const visible = computeVisibility(SAMPLE, DEFAULT_VIEW);
    expect(visible.nodes.size).toBe(4);
    expect(visible.edges.size).toBe(4);
  });

  it('hides 2024 edges and the nodes they alone held when the range is 2021', () => {
    const view = { ...DEFAULT_VIEW, focus: 'official:volodymyr-zelensky', from: '2021', to: '2021' };
    const visible = computeVisibility(SAMPLE, view);
    expect([...visible.edges]).toEqual(['r2', 'r3']);
    expect(visible.nodes.has('agreement:us-ua-2024')).toBe(false);
    expect(visible.nodes.has('official:volodymyr-zelensky')).toBe(true);
  });

  it('drops undated edges when the toggle is off', () => {
    const visible = computeVisibility(SAMPLE, { ...DEFAULT_VIEW, showUndated: false });
    expect(visible.edges.has('r2')).toBe(false);
  });

  it('drops hidden nodes, filtered types and the edges touching them', () => {
    const view = { ...DEFAULT_VIEW, hidden: ['country:UA'], relationTypes: ['PARTY_TO' as const] };
    const visible = computeVisibility(SAMPLE, view);
    expect(visible.nodes.has('country:UA')).toBe(false);
    expect(visible.edges.size).toBe(0);
  });

  it('keeps a focus whose type is filtered out and says so', () => {
    const view = {
      ...DEFAULT_VIEW,
      focus: 'country:UA',
      entityTypes: ['Official' as const, 'Agreement' as const],
    };
    const visible = computeVisibility(SAMPLE, view);
    expect(visible.nodes.has('country:UA')).toBe(true);
    expect(focusFiltered(SAMPLE, view)).toEqual({ kind: 'type', type: 'Country' });
    expect(focusFiltered(SAMPLE, { ...view, entityTypes: DEFAULT_VIEW.entityTypes })).toBeNull();
  });
});
