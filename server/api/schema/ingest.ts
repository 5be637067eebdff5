import { AppError, excerpt } from '../../../schema/errors.ts';
import { type ArticleInput, articleInputSchema } from '../../../schema/exchange.ts';
import { builder, type Context, type IngestDeps } from './builder.ts';

interface IngestResultRow {
  articleId: string;
  ok: boolean;
  entities: number;
  relations: number;
  error: { code: string; message: string } | null;
}

const MAX_ARTICLES = 50;

const ErrorInfoRef = builder.objectRef<{ code: string; message: string }>('ErrorInfo').implement({
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});

const IngestResultRef = builder.objectRef<IngestResultRow>('IngestResult').implement({
  description: 'What ingesting one article did, or why it failed (other articles still go through).',
  fields: (t) => ({
    articleId: t.exposeString('articleId'),
    ok: t.exposeBoolean('ok'),
    entities: t.exposeInt('entities'),
    relations: t.exposeInt('relations'),
    error: t.field({ type: ErrorInfoRef, nullable: true, resolve: (r) => r.error }),
  }),
});

const ArticleInputRef = builder.inputType('ArticleInput', {
  fields: (t) => ({
    id: t.string({ required: true }),
    text: t.string({ required: true }),
    title: t.string(),
    url: t.string(),
    publisher: t.string(),
    publishedAt: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    language: t.string(),
    html: t.string(),
  }),
});

builder.mutationFields((t) => ({
  ingestArticles: t.field({
    type: [IngestResultRef],
    description: 'Extracts and loads articles. Needs `Authorization: Bearer <NEWSGRAPH_API_KEY>`.',
    args: { articles: t.arg({ type: [ArticleInputRef], required: true }) },
    resolve: async (_root, args, ctx) => {
      const ingest = requireIngest(ctx);
      if (args.articles.length > MAX_ARTICLES) {
        throw new AppError(
          'BAD_USER_INPUT',
          `at most ${MAX_ARTICLES} articles per call; received ${args.articles.length}`,
        );
      }
      const results: IngestResultRow[] = [];
      for (const raw of args.articles) results.push(await ingestOne(ingest, raw));
      return results;
    },
  }),
  removeArticle: t.boolean({
    description: 'Removes an article and what only it supported. Needs the API key.',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => requireIngest(ctx).removeArticle(args.id),
  }),
}));

function requireIngest(ctx: Context): IngestDeps {
  if (!ctx.authorized) {
    throw new AppError(
      'UNAUTHENTICATED',
      'mutations need Authorization: Bearer <NEWSGRAPH_API_KEY> (and a key configured)',
    );
  }
  if (!ctx.ingest) throw new AppError('SERVICE_UNAVAILABLE', 'ingestion is not wired into this server');
  return ctx.ingest;
}

async function ingestOne(ingest: IngestDeps, raw: Record<string, unknown>): Promise<IngestResultRow> {
  const articleId = typeof raw.id === 'string' ? raw.id : '';
  const refused = (field: string, why: string): IngestResultRow => ({
    articleId,
    ok: false,
    entities: 0,
    relations: 0,
    error: { code: 'BAD_USER_INPUT', message: `article "${excerpt(articleId, 60)}": ${field}: ${why}` },
  });
  const parsed = articleInputSchema.safeParse(withNulls(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refused(issue.path.join('.'), issue.message);
  }
  // Blank text would load an article with nothing to extract and answer ok; a page can still give the text.
  if (parsed.data.text.trim() === '' && !parsed.data.html?.trim())
    return refused('text', 'empty or whitespace only (give the text, or the page as html)');
  try {
    const counts = await ingest.ingestArticle(parsed.data as ArticleInput);
    return { articleId, ok: true, ...counts, error: null };
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    const message = error instanceof AppError ? error.message : 'Unexpected error.';
    return { articleId, ok: false, entities: 0, relations: 0, error: { code, message } };
  }
}

function withNulls(raw: Record<string, unknown>) {
  const pick = (key: string) => (raw[key] === undefined ? null : raw[key]);
  return {
    ...raw,
    title: pick('title'),
    url: pick('url'),
    publisher: pick('publisher'),
    publishedAt: pick('publishedAt'),
    language: pick('language'),
    html: raw.html ?? undefined,
  };
}
