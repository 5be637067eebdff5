import type { ArticleInput, GraphDocument } from '../../schema/exchange.ts';
import { EXTRACTOR_VERSION } from './extractor-version.ts';
import { articleClaims } from './graph/article-claims.ts';
import { GraphBuilder } from './graph/graph-builder.ts';
import { needsParse } from './parse/needs-parse.ts';
import type { ParseRequest, SentenceParse } from './parse/parser.ts';
import { SentenceTree } from './parse/sentence-tree.ts';
import { findDispatch } from './read/find-dispatch.ts';
import { htmlToText } from './read/html-to-text.ts';
import { bySentence } from './recognise/by-sentence.ts';
import type { Knowledge } from './recognise/compile-gazetteer.ts';
import { recognise } from './recognise/recognise.ts';
import type { ArticleContext } from './relate/article-context.ts';
import { RELATE_STAGES } from './relate/relate-stages.ts';
import { discoverOfficials } from './resolve/discover-officials.ts';
import { findLocalNames } from './resolve/local-names.ts';
import { cleanText } from './text/clean-text.ts';
import { fold } from './text/fold.ts';
import { type Language, type Sentence, segment } from './text/segment.ts';

/** An article read up to the parse: what the relation stages need, and the sentences to parse. */
export interface PreparedArticle {
  readonly ctx: Omit<ArticleContext, 'trees'>;
  /** Indexes of the sentences to parse, in the order of `requests`. */
  readonly parsed: readonly number[];
  readonly requests: readonly ParseRequest[];
}

/**
 * The stages before the parse: read (HTML), clean, segment, recognise, resolve (officials by their
 * titles, local names); and which sentences need a parse.
 */
export function prepareArticle(article: ArticleInput, knowledge: Knowledge): PreparedArticle {
  const page = article.text.trim() === '' && article.html ? htmlToText(article.html) : null;
  const text = cleanText(page ? page.text : article.text);
  const language: Language = article.language?.startsWith('en') ? 'en' : 'fr';
  const sentences = segment(text, language);
  const found = recognise(sentences, text, knowledge);
  const discovered = discoverOfficials(sentences, text, found, knowledge);
  const local = findLocalNames(sentences, text, discovered, found.mentions);
  const builder = new GraphBuilder();
  // What the caller gave wins; a page's own metadata fills the rest (the API's ingest mutation).
  const { html: _html, ...given } = article;
  const meta = page?.metadata;
  const record = {
    ...given,
    title: given.title ?? meta?.title ?? null,
    url: given.url ?? meta?.url ?? null,
    publisher: given.publisher ?? meta?.publisher ?? null,
    publishedAt: given.publishedAt ?? meta?.publishedAt ?? null,
  };
  // Read before cleaning: the credit line that names the agency is boilerplate to the text.
  const dispatch = findDispatch(page ? page.text : article.text);
  builder.addArticle({
    ...record,
    text,
    language: record.language ?? mainLanguage(sentences),
    ...(dispatch ? { dispatch } : {}),
  });
  const mentions = [...found.mentions, ...local].sort((a, b) => a.start - b.start);
  const parsed = sentences.filter(needsParse).map((s) => s.index);
  return {
    ctx: {
      articleId: article.id,
      text,
      published: record.publishedAt?.length === 10 ? record.publishedAt : null,
      sentences,
      mentions,
      cues: found.cues,
      discovered: new Map(discovered.map((d) => [d.id, d])),
      knowledge,
      builder,
      datesCache: new Map(),
      mentionsBySentence: bySentence(mentions),
      cuesBySentence: bySentence(found.cues),
    },
    parsed,
    requests: parsed.map((i) => ({ text: sentences[i]!.text, language: sentences[i]!.language })),
  };
}

/** The stages after the parse (RELATE_STAGES, in order) → one newsgraph/2 document with its claims. */
export function relateArticle(
  prepared: PreparedArticle,
  parses: readonly SentenceParse[],
  extractor: string = EXTRACTOR_VERSION,
): GraphDocument {
  const trees = new Map<number, SentenceTree>();
  prepared.parsed.forEach((index, k) => {
    const parse = parses[k];
    if (parse) trees.set(index, new SentenceTree(parse, prepared.ctx.sentences[index]!.start, fold));
  });
  const ctx: ArticleContext = { ...prepared.ctx, trees };
  for (const stage of RELATE_STAGES) {
    ctx.builder.stage = stage.name;
    stage.run(ctx);
  }
  const doc = ctx.builder.toDocument();
  return {
    ...doc,
    articles: doc.articles.map((article) => ({ ...article, extractor })),
    claims: articleClaims(doc, { extractor, rules: ctx.builder.rules }),
  };
}

/** The language most of the text is written in, when the input does not say. */
function mainLanguage(sentences: readonly Sentence[]): string | null {
  const size = { fr: 0, en: 0 };
  for (const s of sentences) size[s.language] += s.text.length;
  if (size.fr + size.en === 0) return null;
  return size.en > size.fr ? 'en' : 'fr';
}
