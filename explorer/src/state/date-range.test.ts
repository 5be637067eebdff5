import { describe, expect, it } from 'vitest';
import { inDateRange, periodEnd, periodStart } from './date-range.ts';

describe('date ranges on ISO prefixes', () => {
  it('expands a prefix to the first and last day of its period', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodEnd('2024-06')).toBe('2024-06-31');
    expect(periodStart('2024-06-13')).toBe('2024-06-13');
  });

  it('keeps dates whose period overlaps the range and drops the others', () => {
    expect(inDateRange('2021-08', '2021', '2021')).toBe(true);
    expect(inDateRange('2024-06-13', '2021', '2021')).toBe(false);
    expect(inDateRange('2024', '2024-06', null)).toBe(true);
    expect(inDateRange('2024-05-31', '2024-06', null)).toBe(false);
    expect(inDateRange('2025-01', null, '2024-12-31')).toBe(false);
  });
});
