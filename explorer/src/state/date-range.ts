// Range tests on ISO date prefixes (2024, 2024-06, 2024-06-13): a prefix stands for a whole period.

/** First day of the period a prefix names, as a full ISO date. */
export function periodStart(prefix: string): string {
  return `${prefix}${'-01-01'.slice(prefix.length - 4)}`;
}

/** Last day of the period (31 for every month is enough: only string order matters). */
export function periodEnd(prefix: string): string {
  return `${prefix}${'-12-31'.slice(prefix.length - 4)}`;
}

/** True when the period of `date` overlaps [from, to]; an open bound accepts everything. */
export function inDateRange(date: string, from: string | null, to: string | null): boolean {
  if (from && periodEnd(date) < periodStart(from)) return false;
  if (to && periodStart(date) > periodEnd(to)) return false;
  return true;
}
