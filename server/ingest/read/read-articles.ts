import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { ArticleInput } from '../../../schema/exchange.ts';
import { type Decoded, decodeFile, MAX_FILE_BYTES } from './decode-file.ts';
import { listFiles } from './list-files.ts';
import { ManifestIndex } from './manifest-index.ts';
import { parseFile } from './parse-file.ts';

export type ReadResult =
  | { ok: true; file: string; article: ArticleInput; warnings?: string[] }
  | { ok: false; file: string; line?: number; error: string };

/**
 * Articles from files and folders (.txt, .md, .html, .json, .jsonl), with metadata from a manifest.json
 * beside or above them. Bad input never stops the run: each problem is yielded with its file and line.
 */
export async function* readArticles(paths: readonly string[]): AsyncGenerator<ReadResult> {
  const manifests = new ManifestIndex();
  for (const path of paths) {
    const listing = await listFiles(resolve(path));
    // The path as the user gave it when it is the problem; the path found inside a folder otherwise.
    for (const { file, error } of listing.problems)
      yield { ok: false, file: file === resolve(path) ? path : file, error };
    for (const file of listing.files) yield* readOne(file, manifests);
  }
  for (const { file, error } of manifests.errors) yield { ok: false, file, error };
}

async function* readOne(file: string, manifests: ManifestIndex): AsyncGenerator<ReadResult> {
  const size = (await stat(file)).size;
  if (size > MAX_FILE_BYTES) {
    yield { ok: false, file, error: `file of ${size} bytes is over the ${MAX_FILE_BYTES} byte limit` };
    return;
  }
  const decoded = decodeFile(await readFile(file));
  if ('error' in decoded) {
    yield { ok: false, file, error: decoded.error };
    return;
  }
  const id = basename(file, extname(file));
  const warning = encodingWarning(basename(file), decoded);
  for (const result of parseFile(
    file,
    extname(file).toLowerCase(),
    decoded.text,
    (articleId) => manifests.lookup(file, articleId ?? id),
    id,
  ))
    yield warning && result.ok ? { ...result, warnings: [warning, ...(result.warnings ?? [])] } : result;
}

/** Text that was not read as plain UTF-8 may carry wrong letters: the run says so, naming the file. */
function encodingWarning(name: string, decoded: Exclude<Decoded, { error: string }>): string | null {
  if (decoded.encoding === 'windows-1252')
    return `${name}: not valid UTF-8, read as Windows-1252 (Latin-1); check its accented letters`;
  if (decoded.replaced)
    return `${name}: not valid UTF-8, ${decoded.replaced} damaged byte sequence(s) replaced by U+FFFD`;
  return null;
}
