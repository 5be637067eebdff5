import {
  BYLINE_LINE,
  MAX_BYLINE_WORDS,
  MIN_PROSE_WORDS,
  NAVIGATION_LINE,
  TEASER_HEADING,
  TEASER_LINE,
  WIDGET_SENTENCE,
} from '../lexicon/boilerplate.ts';

/** A teaser heading in the last part of a page closes the article: what follows is about other stories. */
const TAIL_SHARE = 0.5;
/** How many story titles a teaser block lists at most. */
const MAX_TEASERS = 3;
const PROSE_END = /[.!?»"”]$/;
/** Runs of white space other than a single space: replacing only these keeps long lines cheap. */
const SPACING = /\s{2,}|[^\S ]/g;

/**
 * The main text of an article: its lines without navigation, teasers, widgets, bylines, labels and
 * repeated lines, joined as paragraphs. Offsets of everything downstream point into this text.
 */
export function cleanText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACING, ' ').trim())
    .filter((line) => line !== '');
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const kept: string[] = [];
  const seen = new Set<string>();
  let before = 0;
  let teasers = 0;
  for (const [index, line] of lines.entries()) {
    const at = before;
    before += line.length;
    if (TEASER_HEADING.test(line) && at >= total * TAIL_SHARE) break;
    // Under a "Lire aussi" heading mid-article, the titles of other stories (no closing stop) follow.
    teasers = TEASER_HEADING.test(line)
      ? MAX_TEASERS
      : teasers > 0 && !PROSE_END.test(line)
        ? teasers - 1
        : 0;
    if (teasers > 0 && !TEASER_HEADING.test(line)) continue;
    const key = line.replace(/^[-•*–]\s*/, '').toLowerCase();
    if (isBoilerplate(line, index) || seen.has(key)) continue;
    seen.add(key);
    kept.push(line);
  }
  return kept.join('\n\n');
}

function isBoilerplate(line: string, index: number): boolean {
  const words = countWords(line, Math.max(MAX_BYLINE_WORDS, MIN_PROSE_WORDS) + 1);
  if (NAVIGATION_LINE.test(line) || TEASER_HEADING.test(line) || TEASER_LINE.test(line)) return true;
  if (words <= MAX_BYLINE_WORDS && (WIDGET_SENTENCE.test(line) || BYLINE_LINE.test(line))) return true;
  return index > 0 && words < MIN_PROSE_WORDS && !/[.!?»"”]$/.test(line);
}

/** Words of a line with single spaces, counted up to `limit`: only short lines need an exact count. */
function countWords(line: string, limit: number): number {
  let words = 1;
  for (let at = line.indexOf(' '); at !== -1 && words < limit; at = line.indexOf(' ', at + 1)) words++;
  return words;
}
