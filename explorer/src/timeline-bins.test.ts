import { describe, expect, it } from 'vitest';
import { binInRange, buildHistogram } from './timeline-bins.ts';

describe('buildHistogram', () => {
  it('bins dates by month with empty months in between and counts undated edges', () => {
    const histogram = buildHistogram(['2024-06-13', '2024-06', null, '2024-08-01', '2024']);
    expect(histogram.unit).toBe('month');
    expect(histogram.undated).toBe(1);
    expect(histogram.bins.map((bin) => `${bin.key}:${bin.count}`)).toEqual([
      '2024-01:1',
      '2024-02:0',
      '2024-03:0',
      '2024-04:0',
      '2024-05:0',
      '2024-06:2',
      '2024-07:0',
      '2024-08:1',
    ]);
  });

  it('switches to yearly bins over long spans', () => {
    const histogram = buildHistogram(['2001-01', '2024-06-13']);
    expect(histogram.unit).toBe('year');
    expect(histogram.bins).toHaveLength(24);
  });

  it('has no bins without dated edges', () => {
    expect(buildHistogram([null, null])).toEqual({ bins: [], unit: 'month', undated: 2 });
  });

  it('tells which bins lie in a range', () => {
    expect(binInRange({ key: '2021-08', count: 1 }, '2021', '2021')).toBe(true);
    expect(binInRange({ key: '2024-06', count: 1 }, '2021', '2021')).toBe(false);
  });
});
