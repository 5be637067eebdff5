import { describe, expect, it } from 'vitest';
import { playSteps } from './play-steps.ts';
import { buildHistogram } from './timeline-bins.ts';

describe('playSteps', () => {
  const { bins } = buildHistogram(
    ['2021-01', '2021-02', '2023-06', '2024-03', '2024-04'].map((date) => ({ date })),
    'month',
  );

  it('skips empty months and keeps to the chosen range', () => {
    const steps = playSteps(bins, '2021-02', '2024-03');
    expect(steps.map((step) => step.fresh)).toEqual(['2021-02', '2023-06', '2024-03']);
  });

  it('slides a window that never starts before the range', () => {
    const steps = playSteps(bins, '2021-02', null);
    expect(steps[0]).toEqual({ from: '2021-02', to: '2021-02', fresh: '2021-02' });
    const last = steps[steps.length - 1]!;
    expect(last.to).toBe('2024-04');
    expect(last.from < last.to).toBe(true);
  });
});
