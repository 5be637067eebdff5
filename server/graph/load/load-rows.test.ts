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
  claims: relations.flatMap((r) =>
    r.sources.map((source) => ({
      about: r.id,
      ...source,
      date: r.date,
      datePrecision: r.datePrecision,
      values: r.properties,
      modality: 'asserted' as const,
      saidBy: null,
      confidence: r.confidence,
      extractor: 'test',
      rule: null,
    })),
  ),
  fingerprint: `fingerprint-${id}`,
});

describe('loadRows', () => {
  it('makes one row per relationship and batch, and one claim per article and quoted span', () => {
    const rows = loadRows([slice('a', [supports('a', 0)]), slice('b', [supports('b', 7)])]);
    expect(rows.relations.get('SUPPORTS')).toEqual([{ id: 'r1', from: 'country:FR', to: 'country:UA' }]);
    expect(rows.claims.map((c) => [c.id, c.factType, c.date, JSON.parse(c.values)])).toEqual([
      ['a|r1|0|3', 'SUPPORTS', '2024', { kind: 'military' }],
      ['b|r1|7|10', 'SUPPORTS', '2024', { kind: 'military' }],
    ]);
  });

  it('writes each entity once per batch, without null-valued properties', () => {
    const rows = loadRows([slice('a', []), slice('b', [])]);
    expect(rows.entities.get('Country')).toEqual([
      { id: 'country:FR', name: 'France', aliases: [], props: {} },
      { id: 'country:UA', name: 'Ukraine', aliases: ['Kiev'], props: { iso2: 'UA' } },
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
