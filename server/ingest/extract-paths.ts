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

/** Articles extracted at once: their parse requests overlap (one article alone has a few sentences). */
const IN_FLIGHT = 8;

/** Reads and extracts every article under the paths into one validated document; bad files are listed. */
export async function extractPaths(
  paths: readonly string[],
  extractor: Extractor,
  onArticle?: (file: string) => void,
): Promise<PathsExtraction> {
  const docs: Promise<GraphDocument>[] = [];
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
    // Several articles in flight, so the parser always has sentences to work on; order is kept.
    if (docs.length >= IN_FLIGHT) await docs[docs.length - IN_FLIGHT];
    const file = result.file;
    const extracted = extractor.extract(result.article).then((doc) => {
      onArticle?.(file);
      return doc;
    });
    // Awaited in turn below; until then a failure must not count as unhandled.
    extracted.catch(() => undefined);
    docs.push(extracted);
  }
  const document = validateGraphDocument(mergeDocuments(await Promise.all(docs)), 'extraction');
  return { document, articles: docs.length, failures, warnings };
}
