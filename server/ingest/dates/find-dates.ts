// The two locales only: chrono's index loads every locale it has, a quarter of a one-file extraction.
import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import { isCalendarDate } from '../../../schema/calendar-date.ts';
import type { DatePrecision } from '../../../schema/graph-model.ts';
import {
  LAST_NIGHT,
  MONTH_ABBREVIATIONS,
  MONTHS,
  RELATIVE_DAYS,
  RELATIVE_PERIODS,
  WEEKDAYS,
} from '../lexicon/date-words.ts';
import { foldKeepLength } from '../text/fold.ts';
import type { Language } from '../text/segment.ts';
import { addDays, latestMonth, latestWeekday, nextWeekday } from './calendar.ts';

export interface FoundDate {
  /** Offsets within the sentence. */
  readonly start: number;
  readonly end: number;
  readonly date: string;
  readonly precision: Exclude<DatePrecision, 'published' | 'none'>;
}

const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const NIGHT_OF_WEEKDAY = new RegExp(
  `\\b(nuit de|night (from|of|between)) ${WEEKDAY}(\\s+(a|au|to|and)\\s+${WEEKDAY})?\\b`,
  'g',
);
const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY}\\b`, 'g');
const MONTH_ONLY = new RegExp(
  `\\b(en|in|au mois d'|au mois de|depuis|since|durant|during|fin|debut|mi-)\\s*${MONTH}(\\s+(\\d{4}))?\\b`,
  'g',
);
const WRITTEN_MONTH = `(${[...Object.keys(MONTHS), ...MONTH_ABBREVIATIONS].join('|')})`;
const WRITTEN_DATE = new RegExp(
  `\\d.*\\b${WRITTEN_MONTH}\\b|\\b${WRITTEN_MONTH}\\b.*\\d|\\d{1,4}[/.-]\\d{1,2}`,
);
/** A sentence about what is to come: its bare weekdays look forward. */
const FUTURE =
  /\b(doit|doivent|devra|devront|devrait|devraient|sera|seront|aura lieu|auront lieu|will|shall|prochain|prochaine|next|is due to|are due to|is set to|are set to|is to be|are to be|est prevu|est prevue|sont prevus)\b/;
const YEAR_ONLY = /\b(en|in|depuis|since|durant|during)\s+((?:19|20)\d{2})\b(?!\s*(?:km|%|\w))/g;

/**
 * Dates in a sentence resolved against the publication day. Own rules for what news means and chrono
 * misses (bare weekdays look back, "dans la nuit", month-only phrases, years); chrono for explicit dates.
 */
export function findDates(sentence: string, language: Language, published: string | null): FoundDate[] {
  const text = foldKeepLength(sentence);
  const found: FoundDate[] = [];
  const add = (d: FoundDate) => {
    if (!found.some((f) => d.start < f.end && f.start < d.end)) found.push(d);
  };
  explicitDates(sentence, language, published).forEach(add);
  if (published) relativeDates(text, published).forEach(add);
  for (const m of text.matchAll(MONTH_ONLY)) {
    const month = MONTHS[m[2]!]!;
    const date = m[4]
      ? `${m[4]}-${String(month).padStart(2, '0')}`
      : published
        ? latestMonth(published, month)
        : null;
    if (date) add({ start: m.index, end: m.index + m[0].length, date, precision: 'month' });
  }
  for (const m of text.matchAll(YEAR_ONLY))
    add({ start: m.index, end: m.index + m[0].length, date: m[2]!, precision: 'year' });
  return found.sort((a, b) => a.start - b.start);
}

function relativeDates(text: string, published: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(NIGHT_OF_WEEKDAY)) {
    const date = latestWeekday(addDays(published, -1), WEEKDAYS[m[3]!]!);
    found.push({ start: m.index, end: m.index + m[0].length, date, precision: 'day' });
  }
  for (const [pattern, days] of RELATIVE_DAYS) {
    const m = pattern.exec(text);
    if (m)
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        date: addDays(published, days),
        precision: 'day',
      });
  }
  const night = LAST_NIGHT.exec(text);
  if (night)
    found.push({
      start: night.index,
      end: night.index + night[0].length,
      date: addDays(published, -1),
      precision: 'day',
    });
  for (const [pattern, period] of RELATIVE_PERIODS) {
    const m = pattern.exec(text);
    if (m) found.push({ start: m.index, end: m.index + m[0].length, ...periodBefore(published, period) });
  }
  const future = FUTURE.test(text);
  for (const m of text.matchAll(WEEKDAY_WORD)) {
    const weekday = WEEKDAYS[m[1]!]!;
    const date = future ? nextWeekday(published, weekday) : latestWeekday(published, weekday);
    found.push({ start: m.index, end: m.index + m[0].length, date, precision: 'day' });
  }
  return found;
}

/** Day-and-month dates through chrono; a date without a year is the latest one on or before publication. */
function explicitDates(sentence: string, language: Language, published: string | null): FoundDate[] {
  if (!/\d/.test(sentence)) return [];
  const parser = language === 'en' ? en : fr;
  const instant = published
    ? new Date(`${published.slice(0, 10)}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1));
  const found: FoundDate[] = [];
  for (const result of parser.parse(sentence, { instant, timezone: 0 })) {
    const { start } = result;
    // Only written dates: chrono also reads "two days after" relative to the publication day.
    if (!WRITTEN_DATE.test(foldKeepLength(result.text))) continue;
    if (!start.isCertain('month') || !(start.isCertain('day') || start.isCertain('year'))) continue;
    if (!start.isCertain('year') && !published) continue;
    let year = start.get('year')!;
    const month = String(start.get('month')).padStart(2, '0');
    const day = String(start.get('day')).padStart(2, '0');
    // Without a year, news means the latest such day, or the next one when the sentence looks ahead.
    const ahead = FUTURE.test(foldKeepLength(sentence));
    if (!start.isCertain('year') && published && !ahead && `${year}-${month}-${day}` > published) year -= 1;
    if (!start.isCertain('year') && published && ahead && `${year}-${month}-${day}` < published) year += 1;
    const date = start.isCertain('day') ? `${year}-${month}-${day}` : `${year}-${month}`;
    // Moving a year can leave a 29 February the calendar lacks (2023-02-29); no date beats a false one.
    if (!isCalendarDate(date)) continue;
    const precision = start.isCertain('day') ? 'day' : 'month';
    found.push({ start: result.index, end: result.index + result.text.length, date, precision });
  }
  return found;
}

/** "last week" → the month of seven days before; "last month" → the month before; "last year" → the year before. */
function periodBefore(
  published: string,
  period: 'week' | 'month' | 'year',
): Pick<FoundDate, 'date' | 'precision'> {
  const year = Number(published.slice(0, 4));
  if (period === 'year') return { date: String(year - 1), precision: 'year' };
  if (period === 'week') return { date: addDays(published, -7).slice(0, 7), precision: 'month' };
  const month = Number(published.slice(5, 7));
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return { date: `${y}-${String(m).padStart(2, '0')}`, precision: 'month' };
}
