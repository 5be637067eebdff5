import { functionWords } from '../text/segment.ts';
import { detectAll } from '../text/tinyld-on-use.ts';

/** Enough text to tell a language, read from the start of the article (cost stays flat on long files). */
const EXCERPT_CHARS = 3000;
/** Below this many letters (a headline, a line of names) no language is told reliably. */
const MIN_LETTERS = 100;
/**
 * French or English prose has more of its function words than this share ("le", "the", "of"…): about
 * 0.2 on the seeds; 0.03 to 0.11 in German, Spanish, Italian, Portuguese, Dutch or Romanian prose.
 */
const MIN_FR_EN_SHARE = 0.15;
const LETTER = /\p{L}/gu;
/** A Chinese or Japanese character says about as much as a word: it counts as four letters. */
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

// Made on the first warning: building it loads ICU's display names (about 15 ms of every extraction).
let languageNames: Intl.DisplayNames | undefined;

/**
 * Extraction knows French and English only: an article in another language would give an empty graph
 * without a word. Returns a warning naming the file and the language, or null for French and English.
 */
export function languageWarning(file: string, text: string, declared: string | null): string | null {
  const found = otherLanguage(text);
  if (found !== null)
    return `${file}: text detected as ${nameOf(found)} (${found}), not French or English; little or nothing will be extracted from it`;
  if (declared !== null && !/^(fr|en)\b/i.test(declared))
    return `${file}: language "${declared}" is neither French nor English; little or nothing will be extracted from it`;
  return null;
}

/** The tinyld code of the text's language when it is clearly neither French nor English, else null. */
export function otherLanguage(text: string): string | null {
  const excerpt = text.slice(0, EXCERPT_CHARS);
  const letters = (excerpt.match(LETTER)?.length ?? 0) + 3 * (excerpt.match(IDEOGRAPH)?.length ?? 0);
  if (letters < MIN_LETTERS) return null;
  const { words, fr, en } = functionWords(excerpt);
  if ((fr + en) / words >= MIN_FR_EN_SHARE) return null;
  // Both must agree: few French or English function words, and tinyld sees neither language close behind.
  const [top, ...others] = detectAll(excerpt);
  if (!top || isFrEn(top.lang)) return null;
  return others.some((o) => isFrEn(o.lang) && o.accuracy >= top.accuracy / 2) ? null : top.lang;
}

function isFrEn(code: string): boolean {
  return code === 'fr' || code === 'en';
}

function nameOf(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
