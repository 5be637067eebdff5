import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../schema/exchange.ts';
import { extractText } from '../../test/fixtures/extract-text.ts';

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
