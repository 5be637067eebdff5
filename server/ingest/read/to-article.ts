import { isCalendarDate } from '../../../schema/calendar-date.ts';
import { type ArticleInput, articleInputSchema } from '../../../schema/exchange.ts';

export type Fields = Readonly<Record<string, unknown>>;

const ALIASES: Readonly<Record<string, string>> = {
  published: 'publishedAt',
  publishedDate: 'publishedAt',
  publicationDate: 'publishedAt',
  date: 'publishedAt',
  lang: 'language',
  source: 'publisher',
  link: 'url',
  body: 'text',
  content: 'text',
};

/**
 * An article from the fields a file gives, those its manifest entry gives and those its page's HTML
 * metadata gives: what the user wrote (file, then manifest) wins over what the page says about itself.
 * The file name is the id when none is given. Returns the article and what had to be dropped, or an error.
 */
export function toArticle(
  fields: Fields,
  manifest: Fields | undefined,
  fallbackId: string,
  page: Fields = {},
): { article: ArticleInput; warnings: string[] } | { error: string } {
  const merged: Record<string, unknown> = {
    ...given(normalise(page)),
    ...given(normalise(manifest ?? {})),
    ...given(normalise(fields)),
  };
  const warnings: string[] = [];
  const date = toIsoDay(merged.publishedAt);
  if (merged.publishedAt != null && merged.publishedAt !== '' && date === null)
    warnings.push(
      `publishedAt "${String(merged.publishedAt)}" is not a date; dates that depend on it stay null`,
    );
  if (date === null && (merged.publishedAt == null || merged.publishedAt === ''))
    warnings.push('no publication date; dates that depend on it stay null');
  const candidate = {
    id: String(merged.id ?? fallbackId),
    title: str(merged.title),
    url: str(merged.url),
    publisher: str(merged.publisher),
    publishedAt: date,
    language: str(merged.language),
    text: typeof merged.text === 'string' ? merged.text : '',
    ...(typeof merged.html === 'string' ? { html: merged.html } : {}),
  };
  if (candidate.text.trim() === '' && !candidate.html)
    return { error: 'no text (expected a "text" or "html" field)' };
  const parsed = articleInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `field ${issue.path.join('.')}: ${issue.message}` };
  }
  return { article: parsed.data, warnings };
}

function normalise(fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[ALIASES[key] ?? key] = value;
  return out;
}

/** Only the fields that hold a value, so a layer below fills what a layer above leaves null or blank. */
function given(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value != null && !(typeof value === 'string' && value.trim() === ''),
    ),
  );
}

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** "2024-06-14T08:00:00Z", "2024-06-14", "2024-06" stay ISO prefixes; anything else parseable → its day. */
export function toIsoDay(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value.trim());
  // An ISO-looking day the calendar lacks (2024-02-30) is no date, not one rolled over into March.
  if (m) return isCalendarDate(m[0]) ? m[0] : null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
