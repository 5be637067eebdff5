import { AT_WORDS, LIST_JOINERS, NEAR_WORDS, OF_WORDS, PLACE_NOUNS, SITE_NOUNS } from '../lexicon/places.ts';
import { NOT_A_NAME, PORTFOLIOS, ROLE_HEADS } from '../lexicon/titles.ts';
import { slug } from '../text/fold.ts';
import type { Sentence } from '../text/segment.ts';
import type { Knowledge } from './compile-gazetteer.ts';
import { type DemonymCue, type EntityMention, spanOf } from './spans.ts';

const TITLE_WORDS = new Set([...ROLE_HEADS, ...PORTFOLIOS].flatMap((h) => h.words));
const MAX_WORDS = 3;

interface Candidate {
  readonly sentence: Sentence;
  readonly first: number;
  readonly last: number;
  readonly key: string;
}

/**
 * Places the gazetteer does not know, from the words around them: a place noun ("la ville de X", "the
 * village of X"), an installation ("ses camps à X"), a direction ("au nord de X"), a country in brackets
 * ("X (RDC)") or after a comma ("in X, Mali"), or a list that also holds known places ("Goma, Bukavu,
 * Masisi"). Every other occurrence of a name found so is a mention of the same place.
 */
export function discoverPlaces(
  sentences: readonly Sentence[],
  text: string,
  mentions: readonly EntityMention[],
  cues: readonly DemonymCue[],
  knowledge: Knowledge,
): EntityMention[] {
  const covered = coveredTokens([...mentions, ...cues]);
  const candidates = sentences.flatMap((s) => (s.boilerplate ? [] : candidatesIn(s, text, covered)));
  const countryOf = new Map<string, string | null>();
  for (const c of candidates) {
    const evidence = placeEvidence(c, text, mentions);
    if (evidence !== undefined && !countryOf.has(c.key)) countryOf.set(c.key, evidence);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of candidates) {
      if (countryOf.has(c.key)) continue;
      const country = listedWithPlace(c, candidates, countryOf, mentions, knowledge);
      if (country === undefined) continue;
      countryOf.set(c.key, country);
      grew = true;
    }
  }
  const names = new Map<string, string>();
  return candidates.flatMap((c) => {
    if (!countryOf.has(c.key)) return [];
    const span = spanOf(c.sentence, c.first, c.last, text);
    if (!names.has(c.key)) names.set(c.key, span.text);
    const name = names.get(c.key)!;
    const id = `place:${slug(name)}`;
    if (knowledge.entities.has(id)) return [];
    const country = countryOf.get(c.key)?.slice('country:'.length) ?? null;
    return [{ ...span, entityId: id, type: 'Place' as const, metonymy: false, unlisted: { name, country } }];
  });
}

function coveredTokens(marks: readonly { sentence: number; first: number; last: number }[]): Set<string> {
  const covered = new Set<string>();
  for (const m of marks) for (let i = m.first; i < m.last; i++) covered.add(`${m.sentence}:${i}`);
  return covered;
}

/** Runs of up to three capitalised words written together ("Biriki-Were", "Port Harcourt") no mark covers. */
function candidatesIn(sentence: Sentence, text: string, covered: ReadonlySet<string>): Candidate[] {
  const { tokens } = sentence;
  const word = (i: number) => {
    const t = tokens[i];
    return (
      t?.capitalised === true &&
      !t.allCaps &&
      t.text.length > 1 &&
      /^\p{L}+$/u.test(t.text) &&
      !covered.has(`${sentence.index}:${i}`) &&
      !NOT_A_NAME.has(t.fold) &&
      !TITLE_WORDS.has(t.fold)
    );
  };
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!word(i)) continue;
    let last = i + 1;
    while (last < tokens.length && last - i < MAX_WORDS && word(last)) {
      if (!/^[ -]$/.test(text.slice(tokens[last - 1]!.end, tokens[last]!.start))) break;
      last++;
    }
    const key = tokens
      .slice(i, last)
      .map((t) => t.key)
      .join(' ');
    found.push({ sentence, first: i, last, key });
    i = last - 1;
  }
  return found;
}

/** The country (or null when unknown) if the words around a candidate make it a place; undefined otherwise. */
function placeEvidence(
  c: Candidate,
  text: string,
  mentions: readonly EntityMention[],
): string | null | undefined {
  const { tokens } = c.sentence;
  const before = (k: number) => tokens[c.first - k]?.fold ?? '';
  const gapBefore = c.first > 0 ? text.slice(tokens[c.first - 1]!.end, tokens[c.first]!.start) : '';
  const plain = /^[\s'’]*$/.test(gapBefore);
  const end = tokens[c.last - 1]!.end;
  const next = mentions.find((m) => m.sentence === c.sentence.index && m.first === c.last);
  const nextCountry = next?.type === 'Country' ? next.entityId : null;
  const between = next ? text.slice(end, next.start) : '';
  // "Goma (RDC)": a country in brackets right after the name.
  if (nextCountry && /^\s*\(\s*$/.test(between) && text[next!.end] === ')') return nextCountry;
  if (!plain) return undefined;
  // "in Farabougou, Mali": a locative, the name, a comma and a country.
  if (AT_WORDS.has(before(1)) && nextCountry && /^\s*,\s*(?:au\s+|en\s+)?$/.test(between)) return nextCountry;
  const nounOf = OF_WORDS.has(before(1)) && (PLACE_NOUNS.has(before(2)) || NEAR_WORDS.has(before(2)));
  const siteAt = AT_WORDS.has(before(1)) && SITE_NOUNS.has(before(2));
  const near = NEAR_WORDS.has(before(1)) && ['near', 'outskirts'].includes(before(1));
  if (nounOf || siteAt || near) return sentenceCountry(c, mentions);
  return undefined;
}

/**
 * A one-word (or hyphened) member of a list that names two places or more ("Goma, Bukavu, Rutshuru et
 * Masisi"), or that repeats the locative of a place ("à Farabougou et à Biriki-Were"). "In Kharkiv,
 * Synehubov and Terekhov said" names one place only, so its people stay people.
 */
function listedWithPlace(
  c: Candidate,
  candidates: readonly Candidate[],
  found: ReadonlyMap<string, string | null>,
  mentions: readonly EntityMention[],
  knowledge: Knowledge,
): string | null | undefined {
  const { sentence } = c;
  if (
    sentence.text
      .slice(
        sentence.tokens[c.first]!.end - sentence.start,
        sentence.tokens[c.last - 1]!.start - sentence.start,
      )
      .includes(' ')
  )
    return undefined;
  const items: Item[] = [
    ...mentions
      .filter((m) => m.sentence === sentence.index)
      .map((m) => ({ first: m.first, last: m.last, place: placeCountry(m, knowledge) })),
    ...candidates
      .filter((o) => o.sentence === sentence)
      .map((o) => ({
        first: o.first,
        last: o.last,
        place: found.has(o.key) ? { country: found.get(o.key)! } : null,
      })),
  ].sort((a, b) => a.first - b.first);
  const at = items.findIndex((o) => o.first === c.first);
  let from = at;
  let to = at;
  while (from > 0 && joins(sentence, items[from - 1]!.last, items[from]!.first)) from--;
  while (to < items.length - 1 && joins(sentence, items[to]!.last, items[to + 1]!.first)) to++;
  const places = items.slice(from, to + 1).filter((o) => o.place);
  const repeated = [items[at - 1], items[at + 1]].find(
    (o) =>
      o?.place &&
      repeatsLocative(sentence, o.last <= c.first ? o.last : c.last, o.last <= c.first ? c.first : o.first),
  );
  if (repeated?.place) return repeated.place.country;
  return places.length >= 2 ? places[0]!.place!.country : undefined;
}

interface Item {
  readonly first: number;
  readonly last: number;
  readonly place: { readonly country: string | null } | null;
}

/** Tokens from..to hold only list joiners, with a comma or a joiner word between the two items. */
function joins(sentence: Sentence, from: number, to: number): boolean {
  const between = sentence.tokens.slice(from, to).map((t) => t.fold);
  const gap = sentence.text.slice(
    sentence.tokens[from - 1]!.end - sentence.start,
    sentence.tokens[to]!.start - sentence.start,
  );
  const separated = gap.includes(',') || between.length > 0;
  return (
    separated && between.length <= 2 && between.every((w) => LIST_JOINERS.has(w)) && !/[;:.()]/.test(gap)
  );
}

/** "à X et à Y", "in X and in Y". */
function repeatsLocative(sentence: Sentence, from: number, to: number): boolean {
  const between = sentence.tokens.slice(from, to).map((t) => t.fold);
  return between.length === 2 && ['et', 'and', 'ou', 'or'].includes(between[0]!) && AT_WORDS.has(between[1]!);
}

function placeCountry(m: EntityMention, knowledge: Knowledge): { country: string | null } | null {
  if (m.type !== 'Place') return null;
  const known = knowledge.entities.get(m.entityId);
  if (!known || (known.kind !== 'city' && known.kind !== 'region')) return null;
  return { country: known.country ? `country:${known.country}` : null };
}

/** The one country the sentence names, if it names exactly one. */
function sentenceCountry(c: Candidate, mentions: readonly EntityMention[]): string | null {
  const countries = new Set(
    mentions.filter((m) => m.sentence === c.sentence.index && m.type === 'Country').map((m) => m.entityId),
  );
  return countries.size === 1 ? [...countries][0]! : null;
}
