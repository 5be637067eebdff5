// What each source says (Claim), what analysts corrected (Correction), the audit trail and the curation
// mutations. A correction is ranked above every extracted claim when its fact is derived again.
import { AppError } from '../../../schema/errors.ts';
import type { CorrectionAction, CorrectionRecord, Properties } from '../../../schema/exchange.ts';
import type { ClaimRow } from '../../graph/queries/claims.ts';
import { readCorrections } from '../../graph/queries/claims.ts';
import { ArticleRef } from './article-ref.ts';
import { builder, type Context } from './builder.ts';
import { CorrectionActionEnum, DatePrecisionEnum, ModalityEnum } from './enums.ts';
import { boundedInt, isoDate, notFound } from './inputs.ts';

export const ClaimRef = builder.objectRef<ClaimRow>('Claim').implement({
  description:
    "One source's statement of a fact: the sentence, the date and values it gives, how and by whom it is said, and what extracted it.",
  fields: (t) => ({
    id: t.exposeID('id'),
    about: t.exposeString('about', { description: 'The relation or event id the claim is about.' }),
    article: t.field({
      type: ArticleRef,
      resolve: async (c, _args, ctx) =>
        (await ctx.loaders.article.load(c.articleId)) ?? notFound('article', c.articleId),
    }),
    quote: t.exposeString('quote'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    date: t.exposeString('date', { nullable: true }),
    datePrecision: t.field({ type: DatePrecisionEnum, resolve: (c) => c.datePrecision }),
    values: t.field({
      type: 'JSON',
      description: 'The values this source gives (counts, status…).',
      resolve: (c) => c.values,
    }),
    modality: t.field({ type: ModalityEnum, resolve: (c) => c.modality }),
    saidBy: t.exposeString('saidBy', {
      nullable: true,
      description: 'Who the article says states it; null when the article states it itself.',
    }),
    confidence: t.exposeFloat('confidence'),
    extractor: t.exposeString('extractor'),
    rule: t.exposeString('rule', { nullable: true }),
    knownAt: t.exposeString('knownAt', {
      nullable: true,
      description: "When it became known: its article's publication date.",
    }),
  }),
});

/** The claims published by `knownAt` (all without it), as as-known-at.ts derives facts from them. */
export function knownBy(claims: ClaimRow[], knownAt: string | null | undefined): ClaimRow[] {
  if (!knownAt) return claims;
  return claims.filter((c) => c.knownAt !== null && c.knownAt <= knownAt);
}

export const CorrectionRef = builder.objectRef<CorrectionRecord>('Correction').implement({
  description: "An analyst's confirmation, rejection or corrected values of a fact, with who, when and why.",
  fields: (t) => ({
    id: t.exposeID('id'),
    about: t.exposeString('about'),
    action: t.field({ type: CorrectionActionEnum, resolve: (k) => k.action }),
    values: t.field({ type: 'JSON', resolve: (k) => k.values }),
    note: t.exposeString('note'),
    analyst: t.exposeString('analyst'),
    createdAt: t.exposeString('createdAt'),
    undoneAt: t.exposeString('undoneAt', { nullable: true }),
    undoneBy: t.exposeString('undoneBy', { nullable: true }),
  }),
});

/** A count as the sources give it: lowest, best supported and highest, and whether they disagree. */
export interface Estimate {
  low: number;
  best: number;
  high: number;
  conflicting: boolean;
}

export const EstimateRef = builder.objectRef<Estimate>('Estimate').implement({
  description: 'A number as its sources give it: low, best supported and high (UCDP style).',
  fields: (t) => ({
    low: t.exposeFloat('low'),
    best: t.exposeFloat('best'),
    high: t.exposeFloat('high'),
    conflicting: t.exposeBoolean('conflicting'),
  }),
});

/** The estimate of a derived numeric property (best, `<key>Low`, `<key>High`, `conflicting`). */
export function estimateOf(properties: Record<string, unknown>, key: string): Estimate | null {
  const best = properties[key];
  if (typeof best !== 'number') return null;
  const low = properties[`${key}Low`];
  const high = properties[`${key}High`];
  const conflicting = Array.isArray(properties.conflicting) && properties.conflicting.includes(key);
  return {
    low: typeof low === 'number' ? low : best,
    best,
    high: typeof high === 'number' ? high : best,
    conflicting,
  };
}

builder.queryField('corrections', (t) =>
  t.field({
    type: [CorrectionRef],
    description:
      'The audit trail of corrections, newest first (undone ones included): of one fact or entity (with the merges into it), or all.',
    args: { about: t.arg.string(), first: t.arg.int({ defaultValue: 100 }) },
    resolve: (_root, args, ctx) =>
      readCorrections(ctx.reader, args.about ?? null, boundedInt('first', args.first, 100, 1, 1000)),
  }),
);

const curationArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  id: t.arg.string({ required: true, description: 'The relation (GraphEdge.id) or event id.' }),
  analyst: t.arg.string({ required: true, description: 'Who makes the correction.' }),
  note: t.arg.string({ required: true, description: 'Why.' }),
});

builder.mutationFields((t) => ({
  confirmFact: t.field({
    type: CorrectionRef,
    description: 'Marks a fact as checked by an analyst. Needs the API key.',
    args: curationArgs(t),
    resolve: (_root, args, ctx) => correct(ctx, args, 'confirm'),
  }),
  rejectFact: t.field({
    type: CorrectionRef,
    description: 'Marks a fact as wrong: it leaves the default view, its claims stay. Needs the API key.',
    args: curationArgs(t),
    resolve: (_root, args, ctx) => correct(ctx, args, 'reject'),
  }),
  correctFact: t.field({
    type: CorrectionRef,
    description:
      'Sets values of a fact (e.g. {"launched": 40} or {"date": "2024-06-13", "datePrecision": "day"}), ranked above every source. Needs the API key.',
    args: { ...curationArgs(t), values: t.arg({ type: 'JSON', required: true }) },
    resolve: (_root, args, ctx) => correct(ctx, args, 'set', checkedValues(args.values)),
  }),
  mergeEntities: t.field({
    type: CorrectionRef,
    description:
      'Merges an entity into another that is the same (relations, claims, mentions and names move); undoCorrection splits them again. Needs the API key.',
    args: {
      merged: t.arg.string({ required: true, description: 'The entity id that goes.' }),
      into: t.arg.string({ required: true, description: 'The entity id that stays.' }),
      analyst: t.arg.string({ required: true }),
      note: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      correct(ctx, { id: args.merged, analyst: args.analyst, note: args.note }, 'merge', { into: args.into }),
  }),
  undoCorrection: t.field({
    type: CorrectionRef,
    description:
      'Undoes a correction (it stays in the trail): its fact is derived again, a merge is split. Needs the API key.',
    args: { id: t.arg.string({ required: true }), analyst: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => {
      requireKey(ctx);
      return ctx.curate.undo(args.id, args.analyst);
    },
  }),
}));

function correct(
  ctx: Context,
  args: { id: string; analyst: string; note: string },
  action: CorrectionAction,
  values: Properties = {},
): Promise<CorrectionRecord> {
  requireKey(ctx);
  if (args.analyst.trim() === '') throw new AppError('BAD_USER_INPUT', 'analyst: must name who corrects');
  return ctx.curate.correct({
    about: args.id,
    action,
    values,
    note: args.note,
    analyst: args.analyst.trim(),
  });
}

/** Values are flat like stored properties: strings, numbers, booleans, null or lists of strings/numbers. */
function checkedValues(input: unknown): Properties {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('BAD_USER_INPUT', 'values: expected an object such as {"launched": 40}');
  }
  for (const [key, value] of Object.entries(input)) {
    const flat = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    if (
      !(
        flat(value) ||
        (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
      )
    ) {
      throw new AppError(
        'BAD_USER_INPUT',
        `values.${key}: expected a string, number, boolean, null or a list`,
      );
    }
  }
  const date = (input as Properties).date;
  if (typeof date === 'string') isoDate('values.date', date);
  return input as Properties;
}

function requireKey(ctx: Context): void {
  if (!ctx.authorized) {
    throw new AppError(
      'UNAUTHENTICATED',
      'mutations need Authorization: Bearer <NEWSGRAPH_API_KEY> (and a key configured)',
    );
  }
}
