import { listArticles } from '../../graph/queries/list-articles.ts';
import { ArticleRef } from './article-ref.ts';
import { builder } from './builder.ts';
import { EntityRef } from './entity-ref.ts';
import { isoDate } from './inputs.ts';
import { paginateById } from './paginate.ts';

builder.node(ArticleRef, {
  description: 'A source document.',
  id: { resolve: (row) => row.id },
  loadMany: async (ids, ctx) =>
    (await ctx.loaders.article.loadMany(ids)).map((r) => (r instanceof Error ? null : r)),
  fields: (t) => ({
    articleId: t.exposeString('id', { description: 'The graph id, e.g. "000_eafa58dc04d528e9".' }),
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true }),
    language: t.exposeString('language', { nullable: true }),
    text: t.string({
      nullable: true,
      resolve: (row, _args, ctx) =>
        row.text !== undefined ? row.text : ctx.loaders.articleText.load(row.id),
    }),
    mentions: t.field({
      type: [EntityRef],
      resolve: (row, _args, ctx) => ctx.loaders.articleMentions.load(row.id),
    }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    description: 'Articles ordered by id, filtered by publication date range and publisher.',
    args: { from: t.arg.string(), to: t.arg.string(), publisher: t.arg.string() },
    resolve: (_root, args, ctx) =>
      paginateById(args, (page) =>
        listArticles(
          ctx.reader,
          { from: isoDate('from', args.from), to: isoDate('to', args.to), publisher: args.publisher ?? null },
          page,
        ),
      ),
  }),
);

builder.queryField('article', (t) =>
  t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.article.load(args.id),
  }),
);
