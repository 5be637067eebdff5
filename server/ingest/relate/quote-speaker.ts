import type { EntityMention } from '../recognise/spans.ts';
import { spanOf } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import { type ArticleContext, mentionsIn } from './article-context.ts';
import { SPEECH } from './sentence-tools.ts';

const FIRST_PERSON = new Set(['i', 'je', 'j']);

/**
 * "I" inside a quote, as a mention of the official the quote is attributed to: `"…which I and my British
 * colleague John Healy chair…," Pistorius said`. Empty when the sentence is not quoted speech.
 */
export function firstPersonMentions(ctx: ArticleContext, sentence: Sentence): EntityMention[] {
  const pronouns = sentence.tokens.flatMap((t, i) => (FIRST_PERSON.has(t.fold) ? [i] : []));
  if (pronouns.length === 0) return [];
  const quote = quoteAround(ctx, sentence, sentence.tokens[pronouns[0]!]!.start);
  const speaker = quote && speakerAfter(ctx, sentence, quote);
  if (!speaker) return [];
  return pronouns.map((i) => ({
    ...spanOf(sentence, i, i + 1, ctx.text),
    entityId: speaker,
    type: 'Official' as const,
    metonymy: false,
  }));
}

/** Offset of the mark that closes the quotation holding `at`, within its paragraph; null outside quotes. */
function quoteAround(ctx: ArticleContext, sentence: Sentence, at: number): number | null {
  const paragraph = ctx.sentences.filter((s) => s.paragraph === sentence.paragraph);
  const start = paragraph[0]!.start;
  const end = paragraph.at(-1)!.end;
  let open = -1;
  for (let k = start; k < end; k++) {
    const c = ctx.text[k]!;
    const opens = c === '“' || c === '«' || (c === '"' && open < 0);
    const closes = c === '”' || c === '»' || (c === '"' && open >= 0);
    if (opens && open < 0) open = k;
    else if (closes && open >= 0) {
      if (open < at && at < k) return k;
      open = -1;
    }
  }
  return null;
}

/** The official named right after the closing mark with a speech verb: `," Pistorius said`, `», a déclaré X`. */
function speakerAfter(ctx: ArticleContext, sentence: Sentence, close: number): string | null {
  const holder = ctx.sentences.find((s) => s.start <= close && close < s.end) ?? sentence;
  const official = mentionsIn(ctx, holder.index).find(
    (m) => m.type === 'Official' && m.start > close && m.start - close < 40,
  );
  if (!official) return null;
  const near = [
    ...holder.tokens.slice(Math.max(0, official.first - 3), official.first),
    ...holder.tokens.slice(official.last, official.last + 2),
  ].filter((t) => t.start > close);
  return near.some((t) => SPEECH.test(t.fold)) ? official.entityId : null;
}
