import {
  NON_OFFICIAL_HEADS,
  PORTFOLIOS,
  ROLE_HEADS,
  type RoleHead,
  TITLE_FILLERS,
} from '../lexicon/titles.ts';
import type { Knowledge } from '../recognise/compile-gazetteer.ts';
import type { DemonymCue, EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';

export interface Title {
  /** "Minister of Defence", "Secretary General". */
  readonly role: string;
  /** The country or organisation the role belongs to, when the title says it. */
  readonly of: string | null;
}

type Mark = EntityMention | DemonymCue;
const CLEAN_GAP = /^[\s'’-]*$/;
const HEAD_WORDS = new Set([...ROLE_HEADS, ...PORTFOLIOS].flatMap((h) => h.words));

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
  const phrase = before ?? after;
  if (!phrase) return null;
  const words = sentence.tokens.slice(phrase[0], phrase[1]).map((t) => t.fold);
  if (words.some((w) => NON_OFFICIAL_HEADS.has(w))) return null;
  const head = findHead(words, ROLE_HEADS);
  if (!head) return null;
  const portfolio = findHead(words, PORTFOLIOS);
  const role = portfolio && !head.role.includes(' of ') ? `${head.role} of ${portfolio.role}` : head.role;
  const inPhrase = marks.filter((m) => m.first >= phrase[0] && m.last <= phrase[1]);
  return { role, of: ownerOf(inPhrase, knowledge) };
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
  first: number,
  text: string,
  marks: readonly Mark[],
): [number, number] | null {
  if (first === 0 || !/^[\s,]+$/.test(gap(sentence, first - 1, text))) return null;
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

/** An international organisation named in the title owns the role; otherwise the country it names. */
function ownerOf(marks: readonly Mark[], knowledge: Knowledge): string | null {
  const known = (m: Mark) => ('entityId' in m ? knowledge.entities.get(m.entityId) : undefined);
  const international = marks.find((m) => known(m)?.type === 'Organization' && !known(m)?.country);
  if (international && 'entityId' in international) return international.entityId;
  const country = marks.find((m) => 'iso2' in m || m.type === 'Country');
  if (country) return 'iso2' in country ? `country:${country.iso2}` : country.entityId;
  const national = marks.map(known).find((e) => e?.type === 'Organization' && e.country);
  return national?.country ? `country:${national.country}` : null;
}
