// Reads a date typed by a person: an ISO prefix (2024, 2024-06, 2024-06-13) naming a real period.

export type DateInput = { ok: true; value: string | null } | { ok: false; error: string };

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HELP = 'Use YYYY, YYYY-MM or YYYY-MM-DD.';

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Empty text is an open bound (null); anything else must be a prefix of a date that exists. */
export function parseDateInput(text: string): DateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const match = SHAPE.exec(trimmed);
  const shown = trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
  if (!match) return { ok: false, error: `“${shown}” is not a date. ${HELP}` };
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) {
    return { ok: false, error: `“${shown}” is not a date: there is no month ${month}. ${HELP}` };
  }
  if (day) {
    const last = daysIn(Number(year), Number(month));
    if (Number(day) < 1 || Number(day) > last) {
      return { ok: false, error: `“${shown}” is not a date: ${year}-${month} has days 01 to ${last}.` };
    }
  }
  return { ok: true, value: trimmed };
}

/** True for a prefix naming a real period; what the URL reader accepts. */
export function isDatePrefix(text: string | null): text is string {
  if (!text) return false;
  const parsed = parseDateInput(text);
  return parsed.ok && parsed.value !== null;
}
