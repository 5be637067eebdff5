import { detect } from 'tinyld';
import { WIDGET_SENTENCE } from '../lexicon/boilerplate.ts';
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

/**
 * French or English: function words decide when they clearly lean one way (cheap, and right on prose);
 * tinyld decides the rest, on a bounded excerpt.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  let fr = 0;
  let en = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (FR_WORDS.has(word)) fr++;
    else if (EN_WORDS.has(word)) en++;
  }
  if (fr >= 2 && fr >= 2 * en) return 'fr';
  if (en >= 2 && en >= 2 * fr) return 'en';
  const found = detect(text.slice(0, 400), { only: ['fr', 'en'] });
  return found === 'en' || found === 'fr' ? found : fallback;
}

const segmenters = new Map<Language, Intl.Segmenter>();

/**
 * Sentence spans within a paragraph, trimmed. A piece that starts with a lower-case letter continues the
 * previous sentence: the segmenter splits after abbreviations and stray full stops ("République. de Crimée").
 */
function sentenceSpans(paragraph: string, language: Language): [number, number][] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  const spans: [number, number][] = [];
  for (const piece of segmenter.segment(paragraph)) {
    const lead = piece.segment.length - piece.segment.trimStart().length;
    const start = piece.index + lead;
    const end = piece.index + piece.segment.trimEnd().length;
    if (end <= start) continue;
    const first = paragraph[start]!;
    const previous = spans.at(-1);
    if (previous && first !== first.toUpperCase() && /\p{Ll}/u.test(first)) previous[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}
