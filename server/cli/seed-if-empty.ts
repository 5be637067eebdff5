import { join } from 'node:path';
import { sourceDir } from '../../schema/source-dir.ts';
import { countArticles } from '../graph/count-articles.ts';
import type { Graph } from '../graph/tx.ts';
import type { Extractor } from '../ingest/index.ts';
import type { Logger } from '../logger.ts';
import { ingestPaths } from './ingest-paths.ts';

const seedArticles = join(sourceDir(import.meta.url), '../../seeds/articles');

/** A fresh graph gets the seed articles, through the same path as `newsgraph ingest`. */
export async function seedIfEmpty(graph: Graph, logger: Logger, extractor: Extractor): Promise<void> {
  if ((await countArticles(graph)) > 0) return;
  const summary = await ingestPaths(graph, [seedArticles], {}, extractor);
  logger.info(
    {
      articles: summary.load.articlesLoaded,
      failed: summary.load.articlesFailed.length + summary.readFailures.length,
    },
    'graph was empty: seed articles loaded',
  );
}
