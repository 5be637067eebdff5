import { basename } from 'node:path';
import { type HtmlArticle, htmlToText } from './html-to-text.ts';
import { languageWarning } from './language-warning.ts';
import { splitFrontMatter, splitTxtHeader } from './parse-header.ts';
import type { ReadResult } from './read-articles.ts';
import { type Fields, toArticle } from './to-article.ts';

/** Below this many words of main text, a page is navigation or an error page, not an article. */
const MIN_ARTICLE_WORDS = 15;

type ManifestLookup = (id: string | undefined) => Fields | undefined;

/** One decoded file → its article(s) or errors, by extension. */
export function* parseFile(
  file: string,
  extension: string,
  text: string,
  manifest: ManifestLookup,
  fileId: string,
): Generator<ReadResult> {
  switch (extension) {
    case '.txt':
    case '.text':
      yield build(file, splitTxtHeader(text), manifest, fileId);
      return;
    case '.md':
    case '.markdown':
      yield build(file, splitFrontMatter(text), manifest, fileId);
      return;
    case '.html':
    case '.htm':
      yield fromHtml(file, text, manifest, fileId);
      return;
    case '.json':
      yield* fromJson(file, text, manifest, fileId);
      return;
    case '.jsonl':
    case '.ndjson':
      yield* fromJsonLines(file, text, manifest, fileId);
      return;
    default:
      yield {
        ok: false,
        file,
        error: `unsupported extension "${extension || '(none)'}" (expected .txt, .md, .html, .json or .jsonl)`,
      };
  }
}

function build(
  file: string,
  parts: { fields: Fields; body: string },
  manifest: ManifestLookup,
  fileId: string,
  line?: number,
): ReadResult {
  const fields = { ...parts.fields, text: parts.body };
  return finish(file, fields, manifest, fileId, line);
}

/** `page`: what an HTML page says about itself, below what the file and the manifest say. */
function finish(
  file: string,
  fields: Fields,
  manifest: ManifestLookup,
  fileId: string,
  line?: number,
  page: Fields = {},
): ReadResult {
  const id = typeof fields.id === 'string' ? fields.id : fileId;
  const html = withHtmlText(fields);
  const result = toArticle(html.fields, manifest(id), fileId, { ...page, ...html.page });
  const at = line === undefined ? {} : { line };
  if ('error' in result) return { ok: false, file, ...at, error: result.error };
  const { article } = result;
  const language = languageWarning(basename(file), article.text, article.language);
  const warnings = language === null ? result.warnings : [...result.warnings, language];
  return { ok: true, file, article, ...(warnings.length ? { warnings } : {}) };
}

/**
 * HTML given inline in JSON is turned into text here, so every article reaches extraction as text; the
 * page's metadata fills what the item and its manifest entry leave empty.
 */
function withHtmlText(fields: Fields): { fields: Fields; page: Fields } {
  if (typeof fields.html !== 'string' || (typeof fields.text === 'string' && fields.text.trim() !== ''))
    return { fields, page: {} };
  const page = htmlToText(fields.html);
  const { html: _html, ...rest } = fields;
  return { fields: { ...rest, text: page.text }, page: pageFields(page) };
}

function pageFields(page: HtmlArticle): Fields {
  const { url, publisher, publishedAt } = page.metadata;
  return { title: page.title, url, publisher, publishedAt };
}

function fromHtml(file: string, html: string, manifest: ManifestLookup, fileId: string): ReadResult {
  const page = htmlToText(html);
  const words = page.text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS)
    return { ok: false, file, error: `HTML page with no article text (${words} words of main text)` };
  return finish(file, { text: page.text }, manifest, fileId, undefined, pageFields(page));
}

function* fromJson(
  file: string,
  text: string,
  manifest: ManifestLookup,
  fileId: string,
): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    yield { ok: false, file, error: `malformed JSON: ${(cause as Error).message}` };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (const [i, item] of items.entries()) {
    const id = items.length > 1 ? `${fileId}-${i + 1}` : fileId;
    if (!item || typeof item !== 'object') yield { ok: false, file, error: `item ${i + 1} is not an object` };
    else yield finish(file, item as Fields, manifest, id);
  }
}

function* fromJsonLines(
  file: string,
  text: string,
  manifest: ManifestLookup,
  fileId: string,
): Generator<ReadResult> {
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === '') continue;
    const line = i + 1;
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch (cause) {
      yield { ok: false, file, line, error: `malformed JSON line: ${(cause as Error).message}` };
      continue;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item))
      yield { ok: false, file, line, error: 'line is not a JSON object' };
    else yield finish(file, item as Fields, manifest, `${fileId}-${line}`, line);
  }
}
