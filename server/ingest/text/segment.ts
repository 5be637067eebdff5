import { ABBREVIATIONS, MAY_END_SENTENCE, SENTENCE_OPENERS } from '../lexicon/abbreviations.ts';
import { WIDGET_SENTENCE } from '../lexicon/boilerplate.ts';
import { detect } from './tinyld-on-use.ts';
import { type Token, tokenize } from './tokenize.ts';

export type Language = 'fr' | 'en';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly language: Language;
  /** Index of the paragraph the sentence sits in. */
  readonly paragraph: number;
  readonly tokens: Token[];
  /** A call to follow or subscribe: kept in the text, never analysed. */
  readonly boilerplate: boolean;
}

/** Sentences detect their own language from this many words; shorter ones take their paragraph's. */
const MIN_WORDS_FOR_DETECTION = 8;

/** Paragraphs (blank-line separated) → sentences with offsets into `text`, tokens and language. */
export function segment(text: string, fallback: Language = 'fr'): Sentence[] {
  const sentences: Sentence[] = [];
  let index = -1;
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    index++;
    const language = detectLanguage(paragraph[0], fallback);
    for (const [start, end] of sentenceSpans(paragraph[0], language)) {
      const from = paragraph.index + start;
      const body = text.slice(from, paragraph.index + end);
      const tokens = tokenize(body, from);
      const own = tokens.length >= MIN_WORDS_FOR_DETECTION ? detectLanguage(body, language) : language;
      sentences.push({
        index: sentences.length,
        start: from,
        end: from + body.length,
        text: body,
        language: own,
        paragraph: index,
        tokens,
        boilerplate: WIDGET_SENTENCE.test(body),
      });
    }
  }
  return sentences;
}

const FR_WORDS = new Set(
  'le la les des du est une un et dans pour que qui sur au aux avec par pas ont été cette ces son sa ses il elle'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the and of to in is was for that on with by from as are were has have this its it be at'.split(' '),
);
const WORD = /[\p{L}']+/gu;

/** How many words the text has, and how many of them are French or English function words. */
export function functionWords(text: string): { words: number; fr: number; en: number } {
  let words = 0;
  let fr = 0;
  let en = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    words++;
    if (FR_WORDS.has(word)) fr++;
    else if (EN_WORDS.has(word)) en++;
  }
  return { words, fr, en };
}

/**
 * French or English: function words decide when they clearly lean one way (cheap, and right on prose);
 * tinyld decides the rest, on a bounded excerpt.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  const { fr, en } = functionWords(text);
  if (fr >= 2 && fr >= 2 * en) return 'fr';
  if (en >= 2 && en >= 2 * fr) return 'en';
  const found = detect(text.slice(0, 400), { only: ['fr', 'en'] });
  return found === 'en' || found === 'fr' ? found : fallback;
}

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Sentence spans within a paragraph, trimmed. A piece continues the previous sentence when it starts with
 * a lower-case letter (the segmenter splits after stray full stops: "République. de Crimée") or when the
 * previous one ends with an abbreviation or an initial ("Gen.", "M.", "John F.").
 */
function sentenceSpans(paragraph: string, language: Language): [number, number][] {
  const spans: [number, number][] = [];
  let glued = false;
  for (const [from, to, cut] of segmenterPieces(paragraph, segmenterFor(language))) {
    const piece = paragraph.slice(from, to);
    const start = from + piece.length - piece.trimStart().length;
    const end = from + piece.trimEnd().length;
    if (end <= start) continue;
    const previous = spans.at(-1);
    if (previous && (glued || continuesSentence(paragraph, previous, start, language))) previous[1] = end;
    else spans.push([start, end]);
    glued = cut;
  }
  return spans;
}

/**
 * Intl.Segmenter takes time quadratic in the length of the string it is given, so a long paragraph is fed
 * to it a window at a time. Yields [start, end, cut]: `cut` when the piece was cut at a space because one
 * sentence filled the whole window, so the next piece belongs to the same sentence.
 */
function* segmenterPieces(
  paragraph: string,
  segmenter: Intl.Segmenter,
): Generator<[number, number, boolean]> {
  let from = 0;
  while (from < paragraph.length) {
    const to = Math.min(paragraph.length, from + SEGMENT_WINDOW);
    const pieces = [...segmenter.segment(paragraph.slice(from, to))];
    // The last piece may be cut by the window's end: it is segmented again in the next window. So is the
    // piece before a letterless one ("5. " then "000 euros"): the break between them depends on the next
    // letter, which may lie past the window.
    let keep = to === paragraph.length ? pieces.length : pieces.length - 1;
    while (keep > 0 && keep < pieces.length && !HAS_LETTER.test(pieces[keep]!.segment)) keep--;
    if (keep === 0) {
      const space = paragraph.lastIndexOf(' ', to - 1);
      const cut = space > from ? space : to;
      yield [from, cut, true];
      from = cut;
      continue;
    }
    for (const piece of pieces.slice(0, keep))
      yield [from + piece.index, from + piece.index + piece.segment.length, false];
    from += keep < pieces.length ? pieces[keep]!.index : to - from;
  }
}

/** Characters handed to Intl.Segmenter at once: far above a sentence, far below where it turns slow. */
const SEGMENT_WINDOW = 4096;
const HAS_LETTER = /\p{L}/u;
const LAST_WORD = /\S+$/u;
const OPENING_PUNCTUATION = /^[([«"“‘']+/u;
const FIRST_WORD = /^\p{L}+/u;
const INITIAL = /^\p{Lu}\.$/u;
const ABBREVIATION_SETS = {
  fr: new Set(ABBREVIATIONS.fr),
  en: new Set(ABBREVIATIONS.en),
} as const;

/** Whether the piece starting at `start` continues the sentence `previous` instead of opening one. */
function continuesSentence(
  paragraph: string,
  previous: readonly [number, number],
  start: number,
  language: Language,
): boolean {
  const first = paragraph[start]!;
  if (first !== first.toUpperCase() && /\p{Ll}/u.test(first)) return true;
  const tail = paragraph.slice(Math.max(previous[0], previous[1] - 24), previous[1]);
  const word = (LAST_WORD.exec(tail)?.[0] ?? '').replace(OPENING_PUNCTUATION, '');
  const known = ABBREVIATION_SETS[language].has(word);
  if (known && !MAY_END_SENTENCE.has(word)) return true;
  if (!known && !INITIAL.test(word)) return false;
  const next = FIRST_WORD.exec(paragraph.slice(start, start + 24))?.[0];
  return next === undefined || !SENTENCE_OPENERS.has(next);
}
