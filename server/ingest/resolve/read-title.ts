import {
  HONORIFICS,
  LOCAL_TITLE_WORDS,
  NON_OFFICIAL_HEADS,
  PORTFOLIOS,
  ROLE_HEADS,
  type RoleHead,
  TITLE_FILLERS,
  VAGUE_ROLES,
} from '../lexicon/titles.ts';
import type { Knowledge } from '../recognise/compile-gazetteer.ts';
import type { DemonymCue, EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';

export interface Title {
  /** "Minister of Defence", "Secretary General". */
  readonly role: string;
  /** The country or organisation the role belongs to, when the title says it. */
  readonly of: string | null;
  /** A post of local government ("regional governor", "chef de l'administration militaire"). */
  readonly local?: boolean;
}

type Mark = EntityMention | DemonymCue;
// Brackets may hold an acronym inside a title: "de la Communauté d'Afrique de l'Est (EAC)".
const CLEAN_GAP = /^[\s'’()-]*$/;
const HEAD_WORDS = new Set([...ROLE_HEADS, ...PORTFOLIOS].flatMap((h) => h.words));
const FIRST_HEAD_WORDS = new Set(ROLE_HEADS.map((h) => h.words[0]!));
const CONJUNCTIONS = new Set(['et', 'and']);

/** The title beside a name (tokens first..last), before it or in apposition after it. */
export function readTitle(
  sentence: Sentence,
  first: number,
  last: number,
  text: string,
  marks: readonly Mark[],
  knowledge: Knowledge,
): Title | null {
  const before = phraseBefore(sentence, first, text, marks);
  const after = before ? null : phraseAfter(sentence, last, text, marks);
  const found = before ?? after;
  if (!found) return null;
  const all = sentence.tokens.slice(found[0], found[1]).map((t) => t.fold);
  if (all.some((w) => NON_OFFICIAL_HEADS.has(w))) return null;
  // "Président du Kenya et Président en exercice de l'EAC": the first of two joined titles is the main one.
  const phrase: [number, number] = [found[0], found[0] + firstTitle(all)];
  const words = all.slice(0, phrase[1] - phrase[0]);
  const head = findHead(words, ROLE_HEADS);
  if (!head) return null;
  const portfolio = findHead(words, PORTFOLIOS);
  const role = portfolio && !head.role.includes(' of ') ? `${head.role} of ${portfolio.role}` : head.role;
  const inPhrase = marks.filter((m) => m.first >= phrase[0] && m.last <= phrase[1]);
  const owner = ownerOf(inPhrase, knowledge);
  if (VAGUE_ROLES.has(head.role) && !owner) return null;
  const local = words.some((w) => LOCAL_TITLE_WORDS.has(w));
  // A local post without a place in its title is in the country of the places its sentence names.
  return { role, of: owner ?? (local ? placeCountry(marks, knowledge) : null), local };
}

/** Length of the first title in a phrase that joins two with "et"/"and". */
function firstTitle(words: readonly string[]): number {
  const seen = words.findIndex((w) => FIRST_HEAD_WORDS.has(w));
  for (let i = seen + 1; seen >= 0 && i < words.length - 1; i++)
    if (CONJUNCTIONS.has(words[i]!) && FIRST_HEAD_WORDS.has(words[i + 1]!)) return i;
  return words.length;
}

function placeCountry(marks: readonly Mark[], knowledge: Knowledge): string | null {
  for (const m of marks) {
    const known = 'entityId' in m ? knowledge.entities.get(m.entityId) : undefined;
    if (known?.type === 'Place' && known.country) return `country:${known.country}`;
  }
  return null;
}

function allowed(sentence: Sentence, i: number, marks: readonly Mark[]): boolean {
  const word = sentence.tokens[i]!.fold;
  return (
    TITLE_FILLERS.has(word) ||
    HEAD_WORDS.has(word) ||
    NON_OFFICIAL_HEADS.has(word) ||
    // Another person's name ends the title: "X's Foreign Minister A and Defence Secretary B".
    marks.some((m) => i >= m.first && i < m.last && !('type' in m && m.type === 'Official'))
  );
}

function gap(sentence: Sentence, i: number, text: string): string {
  return text.slice(sentence.tokens[i]!.end, sentence.tokens[i + 1]!.start);
}

function phraseBefore(
  sentence: Sentence,
  name: number,
  text: string,
  marks: readonly Mark[],
): [number, number] | null {
  // "le président, Dr William Ruto": an honorific stands between the title and the name.
  let first = name;
  while (
    first > 1 &&
    HONORIFICS.has(sentence.tokens[first - 1]!.fold) &&
    CLEAN_GAP.test(gap(sentence, first - 1, text))
  )
    first--;
  if (first === 0 || !/^[\s,()]+$/.test(gap(sentence, first - 1, text))) return null;
  let start = first;
  for (let k = first - 1; k >= 0 && allowed(sentence, k, marks); k--) {
    start = k;
    if (k === 0 || !CLEAN_GAP.test(gap(sentence, k - 1, text))) break;
  }
  return start < first ? [start, first] : null;
}

function phraseAfter(
  sentence: Sentence,
  last: number,
  text: string,
  marks: readonly Mark[],
): [number, number] | null {
  const count = sentence.tokens.length;
  if (last >= count || !/^\s*,\s*$/.test(gap(sentence, last - 1, text))) return null;
  let end = last;
  for (let k = last; k < count && allowed(sentence, k, marks); k++) {
    end = k + 1;
    if (k + 1 >= count || !CLEAN_GAP.test(gap(sentence, k, text))) break;
  }
  return end > last ? [last, end] : null;
}

/** The first head in the phrase, longest form first at each position. */
function findHead(words: readonly string[], heads: readonly RoleHead[]): RoleHead | null {
  for (let i = 0; i < words.length; i++) {
    const hit = heads
      .filter((h) => h.words.every((w, k) => words[i + k] === w))
      .sort((a, b) => b.words.length - a.words.length)[0];
    if (hit) return hit;
  }
  return null;
}

/**
 * An international organisation or an armed group named in the title owns the role ("top Houthi
 * official"); otherwise the country it names, that of a national body, or that of a place.
 */
function ownerOf(marks: readonly Mark[], knowledge: Knowledge): string | null {
  const known = (m: Mark) => ('entityId' in m ? knowledge.entities.get(m.entityId) : undefined);
  const own = marks.find((m) => {
    const e = known(m);
    return e?.type === 'Organization' && (!e.country || (e.kind === 'armed-forces' && !e.actsFor));
  });
  if (own && 'entityId' in own) return own.entityId;
  const country = marks.find((m) => 'iso2' in m || m.type === 'Country');
  if (country) return 'iso2' in country ? `country:${country.iso2}` : country.entityId;
  const national = marks
    .map(known)
    .find((e) => (e?.type === 'Organization' || e?.type === 'Place') && e.country);
  return national?.country ? `country:${national.country}` : null;
}
