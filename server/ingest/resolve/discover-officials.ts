import { NAME_PARTICLES, NOT_A_NAME, PORTFOLIOS, ROLE_HEADS } from '../lexicon/titles.ts';
import { bySentence } from '../recognise/by-sentence.ts';
import type { Knowledge } from '../recognise/compile-gazetteer.ts';
import { spanOf } from '../recognise/recognise.ts';
import type { DemonymCue, EntityMention, Span } from '../recognise/spans.ts';
import { activeRole } from '../relate/active-role.ts';
import { slug } from '../text/fold.ts';
import type { Sentence } from '../text/segment.ts';
import { readTitle, type Title } from './read-title.ts';

export interface DiscoveredOfficial {
  readonly id: string;
  readonly name: string;
  readonly title: Title;
  readonly span: Span;
}

const HEAD_WORDS = new Set(ROLE_HEADS.flatMap((h) => h.words));
const MAX_NAME_WORDS = 4;
const TITLE_WORDS = new Set([...ROLE_HEADS, ...PORTFOLIOS].flatMap((h) => h.words));

/**
 * Officials the gazetteer does not know, found through their title: a run of two or three capitalised
 * words right after a title ("le ministre ukrainien de la Défense Andriy Taran") or right before one in
 * apposition ("Rodrigo Duterte, le président des Philippines").
 */
export function discoverOfficials(
  sentences: readonly Sentence[],
  text: string,
  found: { mentions: readonly EntityMention[]; cues: readonly DemonymCue[] },
  knowledge: Knowledge,
): DiscoveredOfficial[] {
  const officials: DiscoveredOfficial[] = [];
  const marksBySentence = bySentence<EntityMention | DemonymCue>([...found.mentions, ...found.cues]);
  for (const sentence of sentences) {
    if (sentence.boilerplate) continue;
    const marks = marksBySentence.get(sentence.index) ?? [];
    const covered = new Set(marks.flatMap((m) => range(m.first, m.last)));
    if (isTitleCase(sentence, covered)) continue;
    for (let i = 0; i < sentence.tokens.length; i++) {
      const last = nameRun(sentence, i, covered, text);
      if (last - i < 2) continue;
      const read = readTitle(sentence, i, last, text, marks, knowledge);
      const title =
        read?.role === 'Counterpart'
          ? { ...read, role: counterpartRole(officials, marks, i, knowledge) }
          : read?.local && !read.of
            ? { ...read, of: placeBefore(marksBySentence, sentence.index, knowledge) }
            : read;
      if (title) {
        const span = spanOf(sentence, i, last, text);
        const key = sentence.tokens.slice(i, last).map((t) => t.key);
        officials.push({ id: `official:${slug(key.join(' '))}`, name: span.text, title, span });
      }
      i = last - 1;
    }
  }
  return officials;
}

/** A run of name words; particles may sit inside it ("von der", "Le"), never at its ends. */
function nameRun(sentence: Sentence, from: number, covered: ReadonlySet<number>, text: string): number {
  const { tokens } = sentence;
  const joined = (k: number) => /^[ -]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  if (!isNameWord(tokens, from, covered)) return from;
  let end = from + 1;
  let words = 1;
  while (end < tokens.length && words < MAX_NAME_WORDS && joined(end)) {
    let next = end;
    while (
      next < tokens.length - 1 &&
      NAME_PARTICLES.has(tokens[next]!.fold) &&
      !covered.has(next) &&
      joined(next + 1)
    )
      next++;
    // "Shin Won-sik", "Moon Jae-in": a lower-case syllable hyphened to a name word belongs to it.
    const tail = next === end && text.slice(tokens[end - 1]!.end, tokens[end]!.start) === '-';
    if (!isNameWord(tokens, next, covered) && !(tail && /^\p{Ll}+$/u.test(tokens[next]!.text))) break;
    end = next + 1;
    words++;
  }
  return end;
}

function isNameWord(tokens: Sentence['tokens'], i: number, covered: ReadonlySet<number>): boolean {
  const token = tokens[i]!;
  return (
    token.capitalised &&
    !token.allCaps &&
    token.text.length > 1 &&
    /^\p{L}+$/u.test(token.text) &&
    !covered.has(i) &&
    !NOT_A_NAME.has(token.fold) &&
    !HEAD_WORDS.has(token.fold)
  );
}

/** "Andrei Bocharov, the governor, said": the country of the place the two sentences before name. */
function placeBefore(
  marksBySentence: ReadonlyMap<number, readonly (EntityMention | DemonymCue)[]>,
  sentence: number,
  knowledge: Knowledge,
): string | null {
  for (let k = sentence - 1; k >= Math.max(0, sentence - 2); k--) {
    for (const m of [...(marksBySentence.get(k) ?? [])].reverse()) {
      const known = 'entityId' in m ? knowledge.entities.get(m.entityId) : undefined;
      if (known?.type === 'Place' && known.country) return `country:${known.country}`;
    }
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** "son homologue iranien": the same role as the official the sentence names before, in another country. */
function counterpartRole(
  found: readonly DiscoveredOfficial[],
  marks: readonly (EntityMention | DemonymCue)[],
  before: number,
  knowledge: Knowledge,
): string {
  const official = [...marks]
    .reverse()
    .find((m) => 'entityId' in m && m.type === 'Official' && m.first < before);
  if (official && 'entityId' in official) {
    const known = knowledge.entities.get(official.entityId);
    if (known) return activeRole(known, null)?.role ?? 'Counterpart';
  }
  const sameSentence = found
    .filter((f) => f.span.sentence === marks[0]?.sentence && f.span.first < before)
    .at(-1);
  return sameSentence?.title.role ?? 'Counterpart';
}

/** Headlines in title case ("Defence Minister Says Talks Continue") capitalise words that are not names. */
function isTitleCase(sentence: Sentence, covered: ReadonlySet<number>): boolean {
  const words = sentence.tokens.filter(
    (t, i) => t.text.length > 3 && /^\p{L}+$/u.test(t.text) && !covered.has(i) && !TITLE_WORDS.has(t.fold),
  );
  return words.length >= 6 && words.filter((t) => t.capitalised).length >= 0.7 * words.length;
}
