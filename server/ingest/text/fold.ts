// Folding keeps one output code unit per input code unit where it can, so folded text shares offsets with
// the original; transliteration keys fold spelling variants of one name to one key (Poutine/Putin).

const COMBINING = /[\u0300-\u036f]/g;

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Lower case without accents: "Élysée" → "elysee". Words repeat, so short ones are remembered. */
export function fold(text: string): string {
  if (text.length > 40) return foldUncached(text);
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size > CACHE_LIMIT) cache.clear();
    folded = foldUncached(text);
    cache.set(text, folded);
  }
  return folded;
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

const TRANSLIT_RULES: readonly [RegExp, string][] = [
  [/tch/g, 'ch'],
  [/zh/g, 'j'],
  [/ou/g, 'u'],
  [/y/g, 'i'],
  [/ck/g, 'k'],
  [/i+/g, 'i'],
];

/**
 * One key per transliteration family of a word: y/i/ï, iy/yi/y, ou/u, tch/ch, zh/j and a final e are
 * folded away (Oleksandre/Oleksandr, Andriy/Andrii, Roustem/Rustem, Voronej/Voronezh).
 */
export function translitKey(word: string): string {
  let key = fold(word);
  for (const [pattern, replacement] of TRANSLIT_RULES) key = key.replace(pattern, replacement);
  if (key.length > 4 && key.endsWith('e')) key = key.slice(0, -1);
  return key;
}

/** ASCII slug for ids: "Volodymyr Zelensky" → "volodymyr-zelensky". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Like fold, one code unit for one code unit, so positions in the result are positions in the input. */
export function foldKeepLength(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = fold(char);
    out +=
      folded.length === char.length
        ? folded
        : char.toLowerCase().length === char.length
          ? char.toLowerCase()
          : char;
  }
  return out;
}
