import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  readonly title: string | null;
  /** Paragraphs separated by blank lines; empty when the page has no article. */
  readonly text: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/** The main text of a page through Readability, one paragraph per block element. */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) return { title: null, text: '' };
  const { document: content } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const text = blocks.length > 0 ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  return { title: parsed.title?.trim() || null, text };
}
