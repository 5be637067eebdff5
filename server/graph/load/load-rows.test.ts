import { describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord } from '../../../schema/exchange.ts';
import { loadRows } from './load-rows.ts';
import type { ArticleSlice } from './split-by-article.ts';

const ua: EntityRecord = {
  id: 'country:UA',
  type: 'Country',
  name: 'Ukraine',
  aliases: ['Kiev'],
  properties: { iso2: 'UA', note: null },
};
const fr: EntityRecord = { id: 'country:FR', type: 'Country', name: 'France', aliases: [], properties: {} };
const supports = (articleId: string, start: number): RelationRecord => ({
  id: 'r1',
  type: 'SUPPORTS',
  from: 'country:FR',
  to: 'country:UA',
  date: '2024',
  datePrecision: 'year',
  confidence: 0.8,
  properties: { kind: 'military' },
  sources: [{ articleId, quote: 'aid', start, end: start + 3 }],
});
const slice = (id: string, relations: RelationRecord[], entities = [ua, fr]): ArticleSlice => ({
  article: { id, title: null, url: null, publisher: null, publishedAt: null, language: null, text: 'aid' },
  entities,
  relations,
  mentions: [
    { articleId: id, entityId: 'country:UA', start: 5, end: 9, text: 'Kiev' },
    { articleId: id, entityId: 'country:UA', start: 0, end: 4, text: 'Kyiv' },
  ],
  contentHash: `hash-${id}`,
});

describe('loadRows', () => {
  it('makes one row per relationship and batch, listing the sources of every article in it', () => {
    const rows = loadRows([slice('a', [supports('a', 0)]), slice('b', [supports('b', 7)])]);
    const [row] = rows.relations.get('SUPPORTS')!;
    expect(rows.relations.get('SUPPORTS')).toHaveLength(1);
    expect(row).toMatchObject({ articleIds: ['a', 'b'], sourceArticleIds: ['a', 'b'], sourceStarts: [0, 7] });
    expect(row!.props).toEqual({ kind: 'military', date: '2024', datePrecision: 'year', confidence: 0.8 });
  });

  it('writes each entity once per batch, without null-valued properties', () => {
    const rows = loadRows([slice('a', []), slice('b', [])]);
    expect(rows.entities.get('Country')).toEqual([
      { id: 'country:UA', name: 'Ukraine', aliases: ['Kiev'], props: { iso2: 'UA' } },
      { id: 'country:FR', name: 'France', aliases: [], props: {} },
    ]);
  });

  it('groups mentions of one entity in an article into parallel lists in text order', () => {
    const [mention] = loadRows([slice('a', [])]).mentions;
    expect(mention).toEqual({
      articleId: 'a',
      entityId: 'country:UA',
      starts: [0, 5],
      ends: [4, 9],
      texts: ['Kyiv', 'Kiev'],
    });
  });

  it('refuses a property that would overwrite a stored field, naming the entity', () => {
    const bad = { ...ua, properties: { searchText: 'x' } };
    expect(() => loadRows([slice('a', [], [bad])])).toThrow(/entity country:UA: property "searchText"/);
  });
});
