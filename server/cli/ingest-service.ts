// What the API's ingest mutations call: extraction + loader for one article, and removal.

import { AppError } from '../../schema/errors.ts';
import type { ArticleInput } from '../../schema/exchange.ts';
import type { IngestDeps } from '../api/schema/builder.ts';
import { loadDocument, removeArticles } from '../graph/load/index.ts';
import type { Graph } from '../graph/tx.ts';
import { createExtractor, type Extractor } from '../ingest/index.ts';
import type { SentenceParser } from '../ingest/parse/parser.ts';

export function createIngestService(graph: Graph, parser: SentenceParser): IngestDeps {
  let extractor: Extractor | undefined;
  return {
    async ingestArticle(article: ArticleInput) {
      extractor ??= createExtractor({ parser });
      const doc = await extractor.extract(article);
      const summary = await loadDocument(graph, doc);
      const failure = summary.articlesFailed[0];
      if (failure) throw new AppError('INVALID_ARTICLE', `article ${failure.articleId}: ${failure.error}`);
      return { entities: doc.entities.length, relations: doc.relations.length };
    },
    async removeArticle(articleId: string) {
      const removed = await removeArticles(graph, [articleId]);
      return removed.articles.length > 0;
    },
  };
}
