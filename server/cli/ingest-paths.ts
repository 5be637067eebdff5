// The ingest path shared by `newsgraph ingest`, seeding at start and the benchmark: read and extract
// every article (merging events across them), then load the merged document article by article.

import { type LoadSummary, loadDocument } from '../graph/load/index.ts';
import type { Graph } from '../graph/tx.ts';
import { type Extractor, extractPaths, type Problem } from '../ingest/index.ts';

export interface IngestSummary {
  readonly articlesRead: number;
  readonly readFailures: Problem[];
  readonly readWarnings: Problem[];
  readonly load: LoadSummary;
}

export interface IngestProgress {
  onExtracted?(count: number): void;
  onLoaded?(done: number, total: number): void;
}

export async function ingestPaths(
  graph: Graph,
  paths: readonly string[],
  progress: IngestProgress = {},
  extractor: Extractor,
): Promise<IngestSummary> {
  let extracted = 0;
  const result = await extractPaths(paths, extractor, () => progress.onExtracted?.(++extracted));
  const load = await loadDocument(graph, result.document, { onProgress: progress.onLoaded });
  return {
    articlesRead: result.articles,
    readFailures: result.failures,
    readWarnings: result.warnings,
    load,
  };
}
