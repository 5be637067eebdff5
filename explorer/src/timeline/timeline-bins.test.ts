import { describe, expect, it } from 'vitest';
import { binInRange, buildHistogram } from './timeline-bins.ts';

const dates = (...values: (string | null)[]) => values.map((date) => ({ date, type: 'SIGNED' }));

describe('buildHistogram', () => {
  it('bins dates by month with empty months in between and counts undated edges', () => {
    const histogram = buildHistogram(dates('2024-06-13', '2024-06', null, '2024-08-01', '2024'));
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
    const histogram = buildHistogram(dates('2001-01', '2024-06-13'));
    expect(histogram.unit).toBe('year');
    expect(histogram.bins).toHaveLength(24);
  });

  it('zooms to days, counting each relation type for stacked bars', () => {
    const histogram = buildHistogram(
      [
        { date: '2024-06-13', type: 'SIGNED' },
        { date: '2024-06-13', type: 'PARTY_TO' },
        { date: '2024-06-15', type: 'SIGNED' },
      ],
      'day',
    );
    expect(histogram.unit).toBe('day');
    expect(histogram.bins.map((bin) => bin.key)).toEqual(['2024-06-13', '2024-06-14', '2024-06-15']);
    expect(histogram.bins[0]!.byType).toEqual({ SIGNED: 1, PARTY_TO: 1 });
  });

  it('falls back to months when days would be too many to draw', () => {
    expect(buildHistogram(dates('2001-01-01', '2024-06-13'), 'day').unit).toBe('month');
  });

  it('covers a zoom window with its bins and leaves the dates outside it out', () => {
    const histogram = buildHistogram(dates('2024-06-13', '2024-06-20', '2024-07-01'), 'day', {
      from: '2024-06-12',
      to: '2024-06-18',
    });
    expect(histogram.bins.map((bin) => bin.key)).toEqual([
      '2024-06-12',
      '2024-06-13',
      '2024-06-14',
      '2024-06-15',
      '2024-06-16',
      '2024-06-17',
      '2024-06-18',
    ]);
    expect(histogram.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(1);
  });

  it('has no bins without dated edges', () => {
    expect(buildHistogram(dates(null, null))).toEqual({ bins: [], unit: 'month', undated: 2 });
  });

  it('tells which bins lie in a range', () => {
    expect(binInRange({ key: '2021-08' }, '2021', '2021')).toBe(true);
    expect(binInRange({ key: '2024-06' }, '2021', '2021')).toBe(false);
  });
});
