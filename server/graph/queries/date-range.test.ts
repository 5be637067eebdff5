import { describe, expect, it } from 'vitest';
import { dateRangeCondition } from './date-range.ts';

describe('dateRangeCondition', () => {
  it('leaves the condition out when no bound is given', () => {
    expect(dateRangeCondition('r.date', {})).toBe('true');
  });
  it('compares at the coarser precision and names only the bounds given', () => {
    const text = dateRangeCondition('r.date', { from: '2024-06' });
    expect(text).toBe('(r.date IS NOT NULL AND left(r.date, size($from)) >= left($from, size(r.date)))');
    expect(dateRangeCondition('r.date', { from: '2024', to: '2025' })).toContain(
      '<= left($to, size(r.date))',
    );
  });
});
