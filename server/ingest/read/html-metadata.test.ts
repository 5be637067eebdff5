import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlMetadata } from './html-metadata.ts';

const metadataOf = (head: string, body = '') =>
  htmlMetadata(
    parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document,
  );
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('htmlMetadata', () => {
  it('reads Open Graph and article:published_time, keeping the day of a timestamp', () => {
    expect(
      metadataOf(`
        <meta property="og:title" content="Talks in Warsaw">
        <meta property="og:site_name" content="Example News">
        <meta property="og:url" content="https://news.example.com/talks">
        <meta property="article:published_time" content="2024-06-13T18:05:00+02:00">`),
    ).toEqual({
      title: 'Talks in Warsaw',
      url: 'https://news.example.com/talks',
      publisher: 'Example News',
      publishedAt: '2024-06-13',
    });
  });

  it('reads a NewsArticle in JSON-LD, its publisher given by name', () => {
    const ld = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Accord signé à Kiev',
      datePublished: '2024-01-12',
      url: 'https://presse.example.fr/accord',
      publisher: { '@type': 'Organization', name: 'Presse Exemple' },
    });
    expect(metadataOf(ld)).toEqual({
      title: 'Accord signé à Kiev',
      url: 'https://presse.example.fr/accord',
      publisher: 'Presse Exemple',
      publishedAt: '2024-01-12',
    });
  });

  it('finds the article inside an @graph list and follows an @id to its publisher', () => {
    const ld = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://x.example/#site', name: 'Site' },
        { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'X Media' },
        {
          '@type': ['Article', 'NewsArticle'],
          datePublished: '2023-11-02T07:00:00Z',
          publisher: { '@id': 'https://x.example/#org' },
          mainEntityOfPage: { '@id': 'https://x.example/story' },
        },
      ],
    });
    expect(metadataOf(ld)).toMatchObject({
      url: 'https://x.example/story',
      publisher: 'X Media',
      publishedAt: '2023-11-02',
    });
  });

  it('skips malformed JSON-LD and JSON-LD that describes no article', () => {
    const head = `<script type="application/ld+json">{ not json</script>${jsonLd({
      '@type': 'BreadcrumbList',
      datePublished: '1999-01-01',
    })}${jsonLd([{ '@type': 'ReportageNewsArticle', datePublished: '2024-03-04' }])}`;
    expect(metadataOf(head).publishedAt).toBe('2024-03-04');
  });

  it('falls back on <time datetime>, preferring one inside the article', () => {
    const body =
      '<header><time datetime="2025-01-01">today</time></header>' +
      '<article><time datetime="2024-05-06T10:00">6 May</time><p>Text</p></article>';
    expect(metadataOf('', body).publishedAt).toBe('2024-05-06');
    expect(
      metadataOf('', '<time datetime="10:30">10:30</time><time datetime="2024-05">May</time>').publishedAt,
    ).toBe('2024-05');
  });

  it('prefers article:published_time, then JSON-LD, then <time>', () => {
    const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2024-02-02' });
    const body = '<article><time datetime="2024-03-03">x</time></article>';
    expect(
      metadataOf(`<meta property="article:published_time" content="2024-01-01">${ld}`, body).publishedAt,
    ).toBe('2024-01-01');
    expect(metadataOf(ld, body).publishedAt).toBe('2024-02-02');
  });

  it('takes the canonical link over og:url, resolving a relative one', () => {
    const head =
      '<meta property="og:url" content="https://a.example/x?ref=rss"><link rel="canonical" href="/x">';
    expect(metadataOf(head).url).toBe('https://a.example/x');
    expect(metadataOf('<link rel="canonical" href="https://b.example/y">').url).toBe('https://b.example/y');
    expect(metadataOf('<link rel="canonical" href="/relative-only">').url).toBeNull();
    expect(metadataOf('<meta property="og:url" content="javascript:alert(1)">').url).toBeNull();
  });

  it('gives nulls for a page without metadata', () => {
    expect(metadataOf('<title>Only a title</title>')).toEqual({
      title: null,
      url: null,
      publisher: null,
      publishedAt: null,
    });
  });
});
