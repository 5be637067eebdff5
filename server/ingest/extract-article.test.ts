import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../schema/exchange.ts';
import { extractText } from '../../test/fixtures/extract-text.ts';
import { miniGazetteer } from '../../test/fixtures/mini-gazetteer.ts';
import { testParser } from '../../test/fixtures/test-parser.ts';
import { createExtractor } from './extractor.ts';

describe('extracting one article', () => {
  it('keeps an article whose text is only boilerplate, with nothing extracted', async () => {
    const doc = validateGraphDocument(
      await extractText('Skip to content\nSuivez-nous sur Google News\nPartager'),
    );
    expect(doc.articles).toHaveLength(1);
    expect(doc.entities).toEqual([]);
  });

  it('fills the language from the text when the input does not give it', async () => {
    expect(
      (await extractText('The ministers met in Warsaw on Tuesday to discuss the war.')).articles[0]!.language,
    ).toBe('en');
    expect(
      (await extractText('Les ministres se sont réunis mardi à Varsovie pour parler de la guerre.'))
        .articles[0]!.language,
    ).toBe('fr');
  });

  it('leaves dates that depend on a missing publication date null', async () => {
    const doc = await extractText("La Pologne et l'Ukraine ont signé hier un accord de sécurité.", null);
    const party = doc.relations.find((r) => r.type === 'PARTY_TO')!;
    expect(party).toMatchObject({ date: null, datePrecision: 'none' });
  });

  it('stores the cleaned text that every offset points into', async () => {
    const doc = await extractText(
      'PREV Autre sujet\nLa Pologne et la France ont signé un accord de défense.',
    );
    const text = doc.articles[0]!.text!;
    expect(text).toBe('La Pologne et la France ont signé un accord de défense.');
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('an HTML article given inline (the ingest mutation)', () => {
  it('takes the title, URL, publisher and date the page states where the caller gave none', async () => {
    const extractor = createExtractor({ gazetteer: miniGazetteer, parser: testParser('unit') });
    const html = `<html><head><title>Page</title>
      <meta property="og:title" content="Pact signed in Warsaw">
      <meta property="og:site_name" content="Our Daily">
      <meta property="article:published_time" content="2024-06-14T08:00:00+02:00">
      <link rel="canonical" href="https://example.org/pact"></head>
      <body><article><p>La Pologne et l'Ukraine ont signé hier un accord de sécurité à Varsovie, a annoncé le gouvernement.</p>
      <p>Le texte prévoit une aide militaire pendant dix ans.</p></article></body></html>`;
    const doc = await extractor.extract({
      id: 'page',
      title: null,
      url: null,
      publisher: 'Given Publisher',
      publishedAt: null,
      language: null,
      text: '',
      html,
    });
    expect(doc.articles[0]).toMatchObject({
      title: 'Pact signed in Warsaw',
      url: 'https://example.org/pact',
      publisher: 'Given Publisher',
      publishedAt: '2024-06-14',
    });
    expect(doc.relations.find((r) => r.type === 'PARTY_TO')?.date).toBe('2024-06-13');
  });
});
