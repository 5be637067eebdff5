import { describe, expect, it } from 'vitest';
import { axisLabels } from './axis-labels.ts';
import { buildHistogram } from './timeline-bins.ts';

describe('axisLabels', () => {
  it('names days with their month, and the year when it changes', () => {
    const { bins } = buildHistogram([{ date: '2024-12-30' }, { date: '2025-01-02' }], 'day');
    expect(axisLabels(bins, 'day', 1000).map((label) => label.text)).toEqual([
      '30 Dec 2024',
      '31 Dec',
      '1 Jan 2025',
      '2 Jan',
    ]);
  });

  it('thins labels so they keep their distance on a narrow bar', () => {
    const { bins } = buildHistogram([{ date: '2020-01' }, { date: '2024-12' }], 'month');
    const labels = axisLabels(bins, 'month', 600);
    const gaps = labels.slice(1).map((label, i) => (label.index - labels[i]!.index) * (600 / bins.length));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(56);
    expect(labels[0]!.text).toBe('Jan 2020');
  });
});
