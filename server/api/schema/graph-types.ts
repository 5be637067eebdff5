import { type EdgeRow, type EntityRow, MAX_SOURCES, type SourceRow } from '../../graph/queries/rows.ts';
import type { SubgraphRow } from '../../graph/queries/subgraph.ts';
import { ArticleRef } from './article-ref.ts';
import { builder, type Context } from './builder.ts';
import { ClaimRef, knownBy } from './claim.ts';
import { DatePrecisionEnum, EntityTypeEnum, ModalityEnum, RelationTypeEnum } from './enums.ts';
import { boundedInt, notFound } from './inputs.ts';

export const SourceRef = builder.objectRef<SourceRow>('Source').implement({
  description: 'The sentence that states a fact, with its UTF-16 offsets into the article text.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      resolve: (s, _args, ctx) => s.article ?? loadArticle(ctx, s.articleId),
    }),
    quote: t.exposeString('quote'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

export const GraphNodeRef = builder.objectRef<EntityRow>('GraphNode').implement({
  description: 'An entity as a plain graph node (graph id), ready to draw.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: EntityTypeEnum, resolve: (n) => n.type }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    properties: t.field({ type: 'JSON', resolve: (n) => n.properties }),
  }),
});

export const GraphEdgeRef = builder.objectRef<EdgeRow>('GraphEdge').implement({
  description: 'A dated, sourced relation between two entities (source → target are graph ids).',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: RelationTypeEnum, resolve: (e) => e.type }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    date: t.exposeString('date', { nullable: true }),
    datePrecision: t.field({ type: DatePrecisionEnum, resolve: (e) => e.datePrecision }),
    confidence: t.exposeFloat('confidence'),
    properties: t.field({ type: 'JSON', resolve: (e) => e.properties }),
    sourceCount: t.exposeInt('sourceCount', { description: 'Distinct articles with a claim about it.' }),
    dispatchCopies: t.exposeInt('dispatchCopies', {
      description:
        'How many of those articles reprint the same agency dispatch as another (same quote, "(AFP)").',
    }),
    modality: t.field({ type: ModalityEnum, resolve: (e) => e.modality }),
    dateFrom: t.exposeString('dateFrom', {
      nullable: true,
      description: 'The earliest date a source gives, when sources disagree on the date.',
    }),
    dateTo: t.exposeString('dateTo', { nullable: true }),
    conflicting: t.exposeStringList('conflicting', {
      description: 'Values (date included) on which its sources disagree.',
    }),
    review: t.exposeString('review', {
      nullable: true,
      description: '"confirmed" or "rejected" by an analyst; null when nobody reviewed it.',
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'What each source says about it, oldest known first.',
      resolve: async (e, _args, ctx) => knownBy(await ctx.loaders.claims.load(e.id), e.knownAt),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sentences that state the fact, first `first` of them (sourceCount gives the total).',
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: async (e, args, ctx) => {
        const first = boundedInt('first', args.first, 20, 1, MAX_SOURCES);
        const inline = e.sources && (!e.sourcesCut || e.sources.length >= first) ? e.sources : undefined;
        const sources =
          inline ?? (await ctx.loaders.edgeSources.load({ type: e.type, id: e.id, knownAt: e.knownAt }));
        return sources.slice(0, first);
      },
    }),
  }),
});

export const SubgraphRef = builder.objectRef<SubgraphRow>('Subgraph').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when a node or edge cap cut the result.' }),
  }),
});

async function loadArticle(ctx: Context, id: string) {
  return (await ctx.loaders.article.load(id)) ?? notFound('article', id);
}
