import {
  ALONGSIDE,
  ALONGSIDE_BEFORE,
  COCHAIR_AFTER_CO,
  COCHAIR_WORDS,
  GATHER_VERBS,
  MEETING_EVENTS,
  NOT_HELD,
} from '../lexicon/meetings.ts';
import { PORTFOLIOS, ROLE_HEADS, TITLE_FILLERS } from '../lexicon/titles.ts';
import type { EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import type { ArticleContext } from './article-context.ts';
import { addRelation, cuesIn, dateAt, mentionsIn } from './article-context.ts';
import { firstPersonMentions } from './quote-speaker.ts';
import { officialCountry } from './sentence-tools.ts';

const TITLE_WORDS = new Set([...ROLE_HEADS, ...PORTFOLIOS].flatMap((h) => h.words));
const LIST_WORDS = new Set(['et', 'and', 'ainsi', 'que', 'as', 'well', 'my', 'mon', 'ma', 'our', 'notre']);
/** Punctuation that ends a list of officials; commas separate its members. */
const LIST_BREAK = /[;:.!?()«»"“”—]/;

/**
 * MET between every two officials that one event brings together: a list of officials beside a meeting
 * noun ("X, Y and Z speak during a press conference", "At a meeting…, X and Y criticised"), the officials
 * an event gathers ("la rencontre a réuni X et Y"), its co-chairs ("co-chaired by X and Y") and officials
 * standing together ("X, aux côtés de Y et Z"). Officials of one country are a delegation, not a meeting.
 */
export function relateMeetingGroups(ctx: ArticleContext): void {
  for (const sentence of ctx.sentences) {
    if (sentence.boilerplate) continue;
    const named = mentionsIn(ctx, sentence.index).filter((m) => m.type === 'Official');
    if (named.length === 0) continue;
    const officials = [...named, ...firstPersonMentions(ctx, sentence)].sort((a, b) => a.first - b.first);
    if (officials.length < 2) continue;
    const words = sentence.tokens.map((t) => t.fold);
    if (words.some((w) => NOT_HELD.test(w))) continue;
    const event = words.findIndex((w) => MEETING_EVENTS.test(w));
    for (const group of groupsIn(ctx, sentence, officials, words, event)) {
      meetAll(ctx, sentence, group.members, group.at);
    }
  }
}

interface Group {
  readonly members: readonly EntityMention[];
  /** Token index the date is read near. */
  readonly at: number;
}

function groupsIn(
  ctx: ArticleContext,
  sentence: Sentence,
  officials: readonly EntityMention[],
  words: readonly string[],
  event: number,
): Group[] {
  const groups: Group[] = [];
  if (event >= 0) {
    for (const list of lists(ctx, sentence, officials, 2)) groups.push({ members: list, at: event });
    const gather = words.findIndex((w, i) => i > event && GATHER_VERBS.test(w));
    if (gather >= 0) groups.push({ members: officials.filter((m) => m.first > event), at: gather });
  }
  words.forEach((word, at) => {
    const cochair = COCHAIR_WORDS.test(word) || (words[at - 1] === 'co' && COCHAIR_AFTER_CO.test(word));
    if (cochair) {
      const list = lists(ctx, sentence, officials, 2).find((l) => l[0]!.first > at && l[0]!.first <= at + 8);
      if (list) groups.push({ members: list, at });
    }
    const before = ALONGSIDE_BEFORE[word];
    if (ALONGSIDE.test(word) && (!before || before.includes(words[at - 1] ?? ''))) {
      const host = [...officials].reverse().find((m) => m.last <= at);
      const list = lists(ctx, sentence, officials, 1).find((l) => l[0]!.first > at && l[0]!.first <= at + 10);
      if (host && list) groups.push({ members: [host, ...list], at });
    }
  });
  return groups;
}

/** Runs of officials joined only by commas, "et"/"and" and their titles ("Danish Prime Minister …"). */
function lists(
  ctx: ArticleContext,
  sentence: Sentence,
  officials: readonly EntityMention[],
  min: number,
): EntityMention[][] {
  const marks = [...mentionsIn(ctx, sentence.index), ...cuesIn(ctx, sentence.index)];
  const found: EntityMention[][] = [];
  let current: EntityMention[] = [];
  for (const official of officials) {
    const previous = current.at(-1);
    if (previous && joins(ctx, sentence, marks, previous.last, official.first)) current.push(official);
    else {
      if (current.length >= min) found.push(current);
      current = [official];
    }
  }
  if (current.length >= min) found.push(current);
  return found;
}

function joins(
  ctx: ArticleContext,
  sentence: Sentence,
  marks: readonly { first: number; last: number; type?: string }[],
  from: number,
  to: number,
): boolean {
  const { tokens } = sentence;
  if (LIST_BREAK.test(ctx.text.slice(tokens[from - 1]!.end, tokens[to]!.start))) return false;
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.fold;
    const marked = marks.some((m) => i >= m.first && i < m.last && m.type !== 'Official');
    if (!marked && !LIST_WORDS.has(word) && !TITLE_WORDS.has(word) && !TITLE_FILLERS.has(word)) return false;
  }
  return true;
}

function meetAll(
  ctx: ArticleContext,
  sentence: Sentence,
  members: readonly EntityMention[],
  at: number,
): void {
  const ids = [...new Set(members.map((m) => m.entityId))];
  const date = dateAt(ctx, sentence.index, sentence.tokens[at]?.start);
  for (let i = 0; i < ids.length; i++) {
    for (let k = i + 1; k < ids.length; k++) {
      const a = officialCountry(ctx, ids[i]!);
      const b = officialCountry(ctx, ids[k]!);
      if (a && a === b) continue;
      addRelation(ctx, {
        type: 'MET',
        from: ids[i]!,
        to: ids[k]!,
        sentence: sentence.index,
        date,
        confidence: 0.5,
      });
    }
  }
}
