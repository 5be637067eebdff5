import type { ArticleInput, GraphDocument } from '../../schema/exchange.ts';
import { GraphBuilder } from './graph/graph-builder.ts';
import { htmlToText } from './read/html-to-text.ts';
import { bySentence } from './recognise/by-sentence.ts';
import type { Knowledge } from './recognise/compile-gazetteer.ts';
import { recognise } from './recognise/recognise.ts';
import { addEntities } from './relate/add-entities.ts';
import type { ArticleContext } from './relate/article-context.ts';
import { relateEvents } from './relate/relate-events.ts';
import { relateGazetteer } from './relate/relate-gazetteer.ts';
import { relateRoles } from './relate/relate-roles.ts';
import { discoverOfficials } from './resolve/discover-officials.ts';
import { findLocalNames } from './resolve/local-names.ts';
import { cleanText } from './text/clean-text.ts';
import { type Language, type Sentence, segment } from './text/segment.ts';

/** One article through every stage: clean, segment, recognise, resolve, relate. */
export function extractArticle(article: ArticleInput, knowledge: Knowledge): GraphDocument {
  const raw = article.text.trim() === '' && article.html ? htmlToText(article.html).text : article.text;
  const text = cleanText(raw);
  const language: Language = article.language?.startsWith('en') ? 'en' : 'fr';
  const sentences = segment(text, language);
  const found = recognise(sentences, text, knowledge);
  const discovered = discoverOfficials(sentences, text, found, knowledge);
  const local = findLocalNames(sentences, text, discovered, found.mentions);
  const builder = new GraphBuilder();
  const { html: _html, ...record } = article;
  builder.addArticle({ ...record, text, language: record.language ?? mainLanguage(sentences) });
  const mentions = [...found.mentions, ...local].sort((a, b) => a.start - b.start);
  const ctx: ArticleContext = {
    articleId: article.id,
    text,
    published: article.publishedAt?.length === 10 ? article.publishedAt : null,
    sentences,
    mentions,
    cues: found.cues,
    discovered: new Map(discovered.map((d) => [d.id, d])),
    knowledge,
    builder,
    datesCache: new Map(),
    mentionsBySentence: bySentence(mentions),
    cuesBySentence: bySentence(found.cues),
  };
  addEntities(ctx);
  relateRoles(ctx);
  relateEvents(ctx);
  relateGazetteer(ctx);
  return builder.toDocument();
}

/** The language most of the text is written in, when the input does not say. */
function mainLanguage(sentences: readonly Sentence[]): string | null {
  const size = { fr: 0, en: 0 };
  for (const s of sentences) size[s.language] += s.text.length;
  if (size.fr + size.en === 0) return null;
  return size.en > size.fr ? 'en' : 'fr';
}
