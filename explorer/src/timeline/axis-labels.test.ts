import { describe, expect, it } from 'vitest';
import { axisLabels, LABEL_GAP, labelStep } from './axis-labels.ts';
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

  it('keeps day labels a label apart, on round steps that stay put while the bar pans', () => {
    const days = (from: string, to: string) => buildHistogram([{ date: from }, { date: to }], 'day').bins;
    const march = days('2024-03-01', '2024-03-31');
    const labels = axisLabels(march, 'day', 600);
    const step = 600 / march.length;
    const gaps = labels.slice(1).map((label, i) => (label.index - labels[i]!.index) * step);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(LABEL_GAP.day);
    const shifted = axisLabels(days('2024-03-04', '2024-04-03'), 'day', 600).map((label) => label.text);
    const common = labels.map((label) => label.text.replace(/ 2024$/, ''));
    expect(
      shifted.map((text) => text.replace(/ 2024$/, '')).filter((text) => common.includes(text)).length,
    ).toBe(shifted.filter((text) => text.includes('Mar')).length);
  });

  it('takes the smallest round step wide enough', () => {
    expect(labelStep('day', 80)).toBe(1);
    expect(labelStep('day', 20)).toBe(7);
    expect(labelStep('month', 10)).toBe(6);
    expect(labelStep('year', 1)).toBe(50);
    expect(labelStep('year', 0.1)).toBe(400);
  });
});
