import type { Properties, SourceRecord } from '../../../schema/exchange.ts';
import type { DatePrecision, RelationType } from '../../../schema/graph-model.ts';
import { RELATION_ENDPOINTS } from '../../../schema/graph-model.ts';
import { type FoundDate, findDates } from '../dates/find-dates.ts';
import type { GraphBuilder } from '../graph/graph-builder.ts';
import { relationId } from '../graph/ids.ts';
import type { SentenceTree } from '../parse/sentence-tree.ts';
import type { Knowledge } from '../recognise/compile-gazetteer.ts';
import type { DemonymCue, EntityMention } from '../recognise/spans.ts';
import type { DiscoveredOfficial } from '../resolve/discover-officials.ts';
import type { Sentence } from '../text/segment.ts';

/** Everything the relation rules read about one article, and the builder they write to. */
export interface ArticleContext {
  readonly articleId: string;
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly Sentence[];
  /** Entity mentions in text order. */
  readonly mentions: readonly EntityMention[];
  readonly cues: readonly DemonymCue[];
  readonly discovered: ReadonlyMap<string, DiscoveredOfficial>;
  readonly knowledge: Knowledge;
  readonly builder: GraphBuilder;
  readonly datesCache: Map<number, FoundDate[]>;
  readonly mentionsBySentence: ReadonlyMap<number, EntityMention[]>;
  readonly cuesBySentence: ReadonlyMap<number, DemonymCue[]>;
  /** Dependency trees of the sentences that carry an event trigger, by sentence index. */
  readonly trees: ReadonlyMap<number, SentenceTree>;
}

export interface FactDate {
  readonly date: string | null;
  readonly precision: DatePrecision;
}

export interface RelationInput {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly sentence: number;
  readonly date: FactDate;
  readonly confidence: number;
  readonly properties?: Properties;
  readonly discriminator?: string;
}

export function sourceOf(ctx: ArticleContext, sentence: number): SourceRecord {
  const s = ctx.sentences[sentence]!;
  return { articleId: ctx.articleId, quote: s.text, start: s.start, end: s.end };
}

/** Adds a relation whose endpoints the model allows; MET is stored with its ends in a stable order. */
export function addRelation(ctx: ArticleContext, input: RelationInput): void {
  const allowed = RELATION_ENDPOINTS[input.type];
  const fromType = ctx.builder.typeOf(input.from);
  const toType = ctx.builder.typeOf(input.to);
  if (!fromType || !toType || input.from === input.to) return;
  if (!allowed.from.includes(fromType) || !allowed.to.includes(toType)) return;
  const [from, to] =
    allowed.symmetric && input.from > input.to ? [input.to, input.from] : [input.from, input.to];
  ctx.builder.addRelation({
    id: relationId(input.type, from, to, input.discriminator),
    type: input.type,
    from,
    to,
    date: input.date.date,
    datePrecision: input.date.precision,
    confidence: input.confidence,
    properties: input.properties ?? {},
    sources: [sourceOf(ctx, input.sentence)],
  });
}

export function datesIn(ctx: ArticleContext, sentence: number): FoundDate[] {
  let found = ctx.datesCache.get(sentence);
  if (!found) {
    const s = ctx.sentences[sentence]!;
    found = findDates(s.text, s.language, ctx.published);
    ctx.datesCache.set(sentence, found);
  }
  return found;
}

/** The date nearest to a position in a sentence, else the publication day marked as such. */
export function dateAt(ctx: ArticleContext, sentence: number, offset?: number): FactDate {
  const found = datesIn(ctx, sentence);
  const start = ctx.sentences[sentence]!.start;
  const at = offset === undefined ? 0 : offset - start;
  const nearest = [...found].sort((a, b) => distance(a, at) - distance(b, at))[0];
  if (nearest) return { date: nearest.date, precision: nearest.precision };
  return publishedDate(ctx);
}

export function publishedDate(ctx: ArticleContext): FactDate {
  return ctx.published ? { date: ctx.published, precision: 'published' } : { date: null, precision: 'none' };
}

export function mentionsIn(ctx: ArticleContext, sentence: number): EntityMention[] {
  return ctx.mentionsBySentence.get(sentence) ?? [];
}

function distance(d: FoundDate, at: number): number {
  return at < d.start ? d.start - at : at > d.end ? at - d.end : 0;
}

export function cuesIn(ctx: ArticleContext, sentence: number): DemonymCue[] {
  return ctx.cuesBySentence.get(sentence) ?? [];
}
