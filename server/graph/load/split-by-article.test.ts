import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../schema/exchange.ts';
import { splitByArticle } from './split-by-article.ts';

const source = (articleId: string) => ({ articleId, quote: 'q', start: 0, end: 1 });
const doc: GraphDocument = {
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
      id: 'r1',
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
};

describe('splitByArticle', () => {
  it('gives each article its mentions, its own sources of shared facts and the entities they touch', () => {
    const { slices } = splitByArticle(doc);
    expect(slices.map((s) => s.article.id)).toEqual(['a', 'b']);
    expect(slices[0]!.mentions).toHaveLength(1);
    expect(slices[1]!.relations[0]!.sources).toEqual([source('b')]);
    expect(slices[1]!.entities.map((e) => e.id)).toEqual(['country:FR', 'country:UA']);
  });

  it('keeps entities no article supports apart', () => {
    expect(splitByArticle(doc).orphans.map((e) => e.id)).toEqual(['organization:nato']);
  });

  it('hashes an article by its content and evidence, so a changed text changes the hash', () => {
    const [before] = splitByArticle(doc).slices;
    const changed = { ...doc, articles: [{ ...doc.articles[0]!, text: 'Kyiv' }, doc.articles[1]!] };
    expect(splitByArticle(doc).slices[0]!.contentHash).toBe(before!.contentHash);
    expect(splitByArticle(changed).slices[0]!.contentHash).not.toBe(before!.contentHash);
  });
});
