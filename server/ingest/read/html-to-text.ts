import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { type HtmlMetadata, htmlMetadata } from './html-metadata.ts';

export interface HtmlArticle {
  /** Title from metadata (og:title, JSON-LD headline), else Readability's, else `<title>`. */
  readonly title: string | null;
  /** Paragraphs separated by blank lines; empty when the page has no article. */
  readonly text: string;
  /** What the page's metadata says (title, canonical URL, publisher, publication day). */
  readonly metadata: HtmlMetadata;
}

// linkedom takes about 0.1 s to load and only HTML needs it: loaded on first use, through its CommonJS
// build so that htmlToText stays synchronous. Readability likewise (a text file's extraction loads
// neither).
const require = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= require('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(html);
}
let readability: typeof ReadabilityModule | undefined;
const newReadability = (dom: Document) => {
  readability ??= require('@mozilla/readability') as typeof ReadabilityModule;
  return new readability.Readability(dom);
};

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/** The main text of a page through Readability, one paragraph per block element, and its metadata. */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const dom = document as unknown as Document;
  // Before Readability, which strips scripts (JSON-LD) and rewrites the page.
  const metadata = htmlMetadata(dom);
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const parsed = newReadability(dom).parse();
  const title = metadata.title ?? (parsed?.title?.trim() || pageTitle);
  if (!parsed?.content) return { title, text: '', metadata };
  const { document: content } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const text = blocks.length > 0 ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  return { title, text, metadata };
}
