import { type GraphDocument, validateGraphDocument } from '../../schema/exchange.ts';
import type { Extractor } from './extractor.ts';
import { mergeDocuments } from './graph/merge-documents.ts';
import { readArticles } from './read/read-articles.ts';

export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export interface PathsExtraction {
  readonly document: GraphDocument;
  readonly articles: number;
  readonly failures: Problem[];
  readonly warnings: Problem[];
}

/** Reads and extracts every article under the paths into one validated document; bad files are listed. */
export async function extractPaths(
  paths: readonly string[],
  extractor: Extractor,
  onArticle?: (file: string) => void,
): Promise<PathsExtraction> {
  const docs: GraphDocument[] = [];
  const failures: Problem[] = [];
  const warnings: Problem[] = [];
  for await (const result of readArticles(paths)) {
    if (!result.ok) {
      failures.push({
        file: result.file,
        ...(result.line ? { line: result.line } : {}),
        message: result.error,
      });
      continue;
    }
    for (const message of result.warnings ?? []) warnings.push({ file: result.file, message });
    docs.push(await extractor.extract(result.article));
    onArticle?.(result.file);
  }
  const document = validateGraphDocument(mergeDocuments(docs), 'extraction');
  return { document, articles: docs.length, failures, warnings };
}
