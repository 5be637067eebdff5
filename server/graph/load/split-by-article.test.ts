import { describe, expect, it } from 'vitest';
import { type GraphDocument, validateGraphDocument } from '../../../schema/exchange.ts';
import { splitByArticle } from './split-by-article.ts';

const source = (articleId: string) => ({ articleId, quote: 'q', start: 0, end: 1 });
const doc: GraphDocument = validateGraphDocument({
  format: 'newsgraph/1',
  articles: [
    { id: 'a', title: null, url: null, publisher: null, publishedAt: null, language: 'fr', text: 'Kiev' },
    { id: 'b', title: null, url: null, publisher: null, publishedAt: null, language: 'en', text: 'Kyiv' },
  ],
  entities: [
    { id: 'country:UA', type: 'Country', name: 'Ukraine', aliases: [], properties: {} },
    { id: 'country:FR', type: 'Country', name: 'France', aliases: [], properties: {} },
    { id: 'organization:nato', type: 'Organization', name: 'NATO', aliases: [], properties: {} },
  ],
  relations: [
    {
      id: 'supports:country:FR>country:UA',
      type: 'SUPPORTS',
      from: 'country:FR',
      to: 'country:UA',
      date: null,
      datePrecision: 'none',
      confidence: 1,
      properties: {},
      sources: [source('a'), source('b')],
    },
  ],
  mentions: [{ articleId: 'a', entityId: 'country:UA', start: 0, end: 4, text: 'Kiev' }],
});

describe('splitByArticle', () => {
  it('gives each article its mentions, its own claims, the relations they are about and their entities', () => {
    const { slices } = splitByArticle(doc);
    expect(slices.map((s) => s.article.id)).toEqual(['a', 'b']);
    expect(slices[0]!.mentions).toHaveLength(1);
    expect(slices[1]!.claims.map((c) => [c.articleId, c.about])).toEqual([
      ['b', 'supports:country:FR>country:UA'],
    ]);
    expect(slices[1]!.relations.map((r) => r.id)).toEqual(['supports:country:FR>country:UA']);
    expect(slices[1]!.entities.map((e) => e.id)).toEqual(['country:FR', 'country:UA']);
  });

  it('keeps entities no article supports apart', () => {
    expect(splitByArticle(doc).orphans.map((e) => e.id)).toEqual(['organization:nato']);
  });

  it('fingerprints an article by its own input and extractor, not by what it was extracted with', () => {
    const [before] = splitByArticle(doc).slices;
    const alone = { ...doc, articles: [doc.articles[0]!], claims: [], mentions: [] };
    const changed = { ...doc, articles: [{ ...doc.articles[0]!, text: 'Kyiv' }, doc.articles[1]!] };
    const reextracted = { ...doc, articles: [{ ...doc.articles[0]!, extractor: 'newsgraph-extract/9' }] };
    expect(splitByArticle(alone).slices[0]!.fingerprint).toBe(before!.fingerprint);
    expect(splitByArticle(changed).slices[0]!.fingerprint).not.toBe(before!.fingerprint);
    expect(splitByArticle(reextracted).slices[0]!.fingerprint).not.toBe(before!.fingerprint);
  });
});
