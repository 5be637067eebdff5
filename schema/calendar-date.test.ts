import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.ts';

describe('isCalendarDate', () => {
  it('accepts years, months and days that exist', () => {
    for (const date of ['2024', '2024-01', '2024-12', '2024-01-31', '2024-04-30', '2024-12-31'])
      expect(isCalendarDate(date), date).toBe(true);
  });

  it('refuses months outside 01–12 and days a month does not have', () => {
    for (const date of ['2024-02-30', '2024-13-45', '2024-13', '2024-00', '2024-04-31', '2024-06-00'])
      expect(isCalendarDate(date), date).toBe(false);
  });

  it('knows leap years: every fourth, but not centuries unless divisible by 400', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('refuses what is not a date prefix at all', () => {
    for (const date of ['', '24-06-13', '2024-6-13', '2024-06-13T00:00:00Z', 'hier'])
      expect(isCalendarDate(date), date).toBe(false);
  });
});
