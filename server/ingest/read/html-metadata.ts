import { toIsoDay } from './to-article.ts';

/** What a page says about itself in standard metadata; null where it says nothing usable. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  /** ISO prefix, as `publishedAt` of an article: "2024-06-14", or "2024-06" / "2024" when that is all. */
  readonly publishedAt: string | null;
}

/** `<meta>` keys (property, name or itemprop, lower case) in the order they are trusted. */
const META_KEYS = {
  title: ['og:title', 'twitter:title'],
  url: ['og:url'],
  publisher: ['og:site_name'],
  publishedAt: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
  ],
} as const;

/** schema.org types of the node that describes the article itself. */
const ARTICLE_TYPE = /^(\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
/** `<time>` elements tried in this order; the first whose `datetime` holds a date wins. */
const TIME_SELECTORS = [
  'time[itemprop="datePublished"]',
  'time[pubdate]',
  'article time[datetime]',
  'time[datetime]',
];

type JsonNode = Readonly<Record<string, unknown>>;

/**
 * Title, canonical URL, publisher and publication day from `<meta>` (Open Graph, article:*), JSON-LD
 * (also inside `@graph`) and `<time datetime>`. Read before Readability, which removes scripts.
 */
export function htmlMetadata(document: Document): HtmlMetadata {
  const meta = metaValues(document);
  const ld = jsonLdArticle(document);
  return {
    title: first(meta, META_KEYS.title) ?? text(ld?.node.headline) ?? text(ld?.node.name),
    url:
      absoluteUrl(linkHref(document, 'canonical'), first(meta, META_KEYS.url)) ??
      absoluteUrl(first(meta, META_KEYS.url)) ??
      absoluteUrl(text(ld?.node.url)) ??
      absoluteUrl(idOf(ld?.node.mainEntityOfPage)),
    publisher: first(meta, META_KEYS.publisher) ?? (ld ? publisherName(ld.node.publisher, ld.nodes) : null),
    publishedAt: firstDay([
      ...META_KEYS.publishedAt.map((key) => meta.get(key)),
      text(ld?.node.datePublished),
      ...TIME_SELECTORS.flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((time) => time.getAttribute('datetime')),
      ),
    ]),
  };
}

/** The first `content` of each key; keys lower case, from `property`, `name` or `itemprop`. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = text(element.getAttribute('content'));
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function first(values: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return null;
}

function firstDay(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const day = toIsoDay(candidate);
    if (day !== null) return day;
  }
  return null;
}

function linkHref(document: Document, rel: string): string | null {
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return text(link.getAttribute('href'));
  }
  return null;
}

/** An http(s) URL, a relative one resolved against `base`; null for anything else. */
function absoluteUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, new URL(base)) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The JSON-LD node of an article type, with every node of its document to resolve `@id` references. */
function jsonLdArticle(document: Document): { node: JsonNode; nodes: JsonNode[] } | null {
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = flatten(value);
    const node = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
    if (node) return { node, nodes };
  }
  return null;
}

/** Every object of a JSON-LD value: arrays and `@graph` lists opened, one level of nesting. */
function flatten(value: unknown): JsonNode[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!value || typeof value !== 'object') return [];
  const node = value as JsonNode;
  return [node, ...(Array.isArray(node['@graph']) ? node['@graph'].flatMap(flatten) : [])];
}

function types(node: JsonNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^schema:/, ''));
}

/** `publisher` as a name, an object with a name, a list of those, or an `@id` of another node. */
function publisherName(value: unknown, nodes: readonly JsonNode[]): string | null {
  if (Array.isArray(value)) return publisherName(value[0], nodes);
  if (typeof value === 'string') return text(value);
  if (!value || typeof value !== 'object') return null;
  const node = value as JsonNode;
  const name = text(node.name);
  if (name !== null) return name;
  const id = idOf(node);
  const target = id === null ? undefined : nodes.find((n) => n['@id'] === id && n !== node);
  return target ? text(target.name) : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  return value && typeof value === 'object' ? text((value as JsonNode)['@id']) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;
}
