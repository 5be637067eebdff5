// Calendar validity of ISO date prefixes. The prefix pattern alone lets 2024-02-30 and 2024-13-45
// through, and such a date then spreads to every shared fact an article supports.

const PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when `value` is YYYY, YYYY-MM or YYYY-MM-DD and names a real period: a month 01–12 and a day
 * that month has in that year (2024-02-29 is one, 2023-02-29 is not).
 */
export function isCalendarDate(value: string): boolean {
  const m = PREFIX.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}
