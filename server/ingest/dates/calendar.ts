// Calendar arithmetic on ISO day strings, in UTC so no time zone moves a day.

export function parseDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = parseDay(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** The latest given weekday (0 = Sunday) on or before the reference day: news reports what happened. */
export function latestWeekday(reference: string, weekday: number): string {
  const back = (parseDay(reference).getUTCDay() - weekday + 7) % 7;
  return addDays(reference, -back);
}

/** The next given weekday on or after the reference day: "doit rencontrer mercredi", "will meet on Friday". */
export function nextWeekday(reference: string, weekday: number): string {
  const ahead = (weekday - parseDay(reference).getUTCDay() + 7) % 7;
  return addDays(reference, ahead);
}

/** The latest given month (1-12) on or before the reference day, as YYYY-MM. */
export function latestMonth(reference: string, month: number): string {
  const ref = parseDay(reference);
  const year = month <= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}
