import { describe, expect, it } from 'vitest';
import { isDatePrefix, parseDateInput } from './date-input.ts';

describe('parseDateInput', () => {
  it('accepts a year, a month and a day that exist, and empty text as an open bound', () => {
    expect(parseDateInput('2024')).toEqual({ ok: true, value: '2024' });
    expect(parseDateInput(' 2024-06 ')).toEqual({ ok: true, value: '2024-06' });
    expect(parseDateInput('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses impossible months and days and says why', () => {
    const month = parseDateInput('2024-13-45');
    expect(month.ok).toBe(false);
    expect(!month.ok && month.error).toMatch(/no month 13/);
    const day = parseDateInput('2023-02-29');
    expect(!day.ok && day.error).toMatch(/2023-02 has days 01 to 28/);
  });

  it('refuses words', () => {
    const word = parseDateInput('hello');
    expect(!word.ok && word.error).toMatch(/“hello” is not a date/);
    expect(isDatePrefix('hello')).toBe(false);
    expect(isDatePrefix('2024-13')).toBe(false);
    expect(isDatePrefix('2024-12')).toBe(true);
  });
});
