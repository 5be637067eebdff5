import {
  MEETING_CONNECTORS,
  MEETING_RECIPROCAL,
  MEETING_TRANSITIVE,
  MEETING_WORDS,
  PLURAL_HEADS,
} from '../lexicon/meetings.ts';
import { ROLE_HEADS } from '../lexicon/titles.ts';
import type { EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import type { ArticleContext } from './article-context.ts';
import { addRelation, cuesIn, dateAt, mentionsIn } from './article-context.ts';
import { relateMeetingGroups } from './meeting-groups.ts';
import { firstPersonMentions } from './quote-speaker.ts';
import { actorId, officialCountry } from './sentence-tools.ts';

const POSSESSIVE_PLURAL = new Set(['their', 'leur', 'leurs']);

/** First words of titles ("chef", "président", "head"), to tell a description from a name. */
const HEAD_WORDS = new Set(ROLE_HEADS.map((h) => h.words[0]!));

/**
 * MET: an official, a meeting or call word, and the other side after "avec"/"with" (or as the object of
 * "a rencontré"/"met"): a named official, an organisation, or a description ("son homologue américain",
 * "le chef du Pentagone") resolved to the official of that country the article named earlier.
 */
export function relateMeetings(ctx: ArticleContext): void {
  for (const sentence of ctx.sentences) {
    if (sentence.boilerplate) continue;
    const words = sentence.tokens.map((t) => t.fold);
    // "I met President X", inside a quote: "I" is the official the quote is attributed to.
    const mentions = [...mentionsIn(ctx, sentence.index), ...firstPersonMentions(ctx, sentence)].sort(
      (a, b) => a.first - b.first,
    );
    words.forEach((word, at) => {
      if (!MEETING_WORDS.test(word)) return;
      const found = otherSide(ctx, sentence, mentions, at);
      const others =
        found.length > 0 ? found : [reciprocal(sentence, mentions, at)].filter((o) => o !== null);
      const date = dateAt(ctx, sentence.index, sentence.tokens[at]!.start);
      for (const other of others) {
        const subject = [...mentions]
          .reverse()
          .find((m) => m.type === 'Official' && m.last <= at && m.entityId !== other);
        if (!subject) continue;
        addRelation(ctx, {
          type: 'MET',
          from: subject.entityId,
          to: other,
          sentence: sentence.index,
          date,
          confidence: 0.6,
        });
      }
    });
  }
  relateMeetingGroups(ctx);
}

/** "Biden et Zelensky se sont rencontrés": the first of two officials just before a reciprocal verb. */
function reciprocal(sentence: Sentence, mentions: readonly EntityMention[], at: number): string | null {
  // "Biden and Kishida said after their meeting", "lors de leur entretien": the two named before meet.
  const their = POSSESSIVE_PLURAL.has(sentence.tokens[at - 1]?.fold ?? '');
  if (!MEETING_RECIPROCAL.test(sentence.tokens[at]!.fold) && !their) return null;
  const reach = their ? 20 : 8;
  const before = mentions.filter((m) => m.type === 'Official' && m.last <= at && at - m.last <= reach);
  return before.length >= 2 ? before.at(-2)!.entityId : null;
}

function otherSide(
  ctx: ArticleContext,
  sentence: Sentence,
  mentions: readonly EntityMention[],
  at: number,
): string[] {
  const words = sentence.tokens.map((t) => t.fold);
  let from = -1;
  // "held talks in Ankara on Tuesday with": a place and a day may come before the connector.
  for (let k = at + 1; k <= at + 7 && k < words.length && from < 0; k++) {
    const clause = ctx.text.slice(sentence.tokens[at]!.end, sentence.tokens[k]!.start);
    if (/[,;:.()«»"“”]/.test(clause)) break;
    if (MEETING_CONNECTORS.has(words[k]!)) from = k + 1;
  }
  if (from < 0 && MEETING_TRANSITIVE.test(words[at]!)) from = at + 1;
  if (from < 0) return [];
  const window = mentions.filter((m) => m.first >= from && m.first <= from + 6);
  const official = window.find((m) => m.type === 'Official') ?? titledOfficial(ctx, sentence, mentions, from);
  if (official) return [official.entityId];
  const heads = words.slice(from, from + 4);
  if (heads.some((w) => PLURAL_HEADS.has(w))) return describedOfficials(ctx, sentence, from, mentions);
  if (!heads.some((w) => HEAD_WORDS.has(w))) {
    const organization = window.find((m) => m.type === 'Organization')?.entityId;
    return organization ? [organization] : [];
  }
  const described = describedOfficial(ctx, sentence, window, from, mentions);
  return described ? [described] : [];
}

/** "with the heads of government of Finland, Denmark and Norway": the official of each country named earlier. */
function describedOfficials(
  ctx: ArticleContext,
  sentence: Sentence,
  from: number,
  mentions: readonly EntityMention[],
): string[] {
  const end = sentence.tokens.findIndex(
    (t, i) => i > from && /[;:.()]/.test(ctx.text.slice(t.end, t.end + 1)),
  );
  const last = end < 0 ? sentence.tokens.length : end + 1;
  const countries = [
    ...mentions
      .filter((m) => m.type === 'Country' && m.first >= from && m.first < last)
      .map((m) => m.entityId),
    ...cuesIn(ctx, sentence.index)
      .filter((c) => c.first >= from && c.first < last)
      .map((c) => `country:${c.iso2}`),
  ];
  const found = countries.map((country) => officialOf(ctx, sentence, country, mentions));
  return [...new Set(found.filter((id) => id !== null))];
}

/** "le chef du Pentagone" → the official of the Pentagon's country named earlier in the article. */
function describedOfficial(
  ctx: ArticleContext,
  sentence: Sentence,
  window: readonly EntityMention[],
  from: number,
  mentions: readonly EntityMention[],
): string | null {
  const cue = cuesIn(ctx, sentence.index).find((c) => c.first >= from && c.first <= from + 5);
  const named = window.find((m) => m.type === 'Country' || m.type === 'Organization');
  const actor = cue ? `country:${cue.iso2}` : named ? actorId(ctx, named.entityId) : null;
  return actor ? officialOf(ctx, sentence, actor, mentions) : null;
}

/** The official of a country (or the organisation itself) the article named before this sentence. */
function officialOf(
  ctx: ArticleContext,
  sentence: Sentence,
  actor: string,
  mentions: readonly EntityMention[],
): string | null {
  const here = new Set(mentions.filter((m) => m.type === 'Official').map((m) => m.entityId));
  const earlier = ctx.mentions.filter(
    (m) => m.type === 'Official' && m.start < sentence.start && !here.has(m.entityId),
  );
  const match = [...earlier]
    .reverse()
    .find((m) => officialCountry(ctx, m.entityId) === actor || m.entityId === actor);
  return match?.entityId ?? null;
}

/**
 * "a rencontré mardi le ministre hongrois des Affaires étrangères Péter Szijjártó": a date and a long
 * title may stand between the verb and the name, within one clause.
 */
function titledOfficial(
  ctx: ArticleContext,
  sentence: Sentence,
  mentions: readonly EntityMention[],
  from: number,
): EntityMention | undefined {
  const start = sentence.tokens[from]?.start ?? sentence.end;
  return mentions.find(
    (m) =>
      m.type === 'Official' &&
      m.first > from + 6 &&
      m.first <= from + 12 &&
      !/[,;:.()«»"“”]/.test(ctx.text.slice(start, m.start)),
  );
}
