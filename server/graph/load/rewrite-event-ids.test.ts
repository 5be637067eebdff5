import { describe, expect, it } from 'vitest';
import type { ClaimRecord, EntityRecord, RelationRecord } from '../../../schema/exchange.ts';
import { eventQuestions, rewriteEventIds } from './rewrite-event-ids.ts';
import type { ArticleSlice } from './split-by-article.ts';

const attack: EntityRecord = {
  id: 'attack:ru-2024-06-14-drone',
  type: 'Attack',
  name: 'Russia drone attack on Kyiv (2024-06-14)',
  aliases: [],
  properties: { weapon: 'drone', date: '2024-06-14', launched: 30 },
};
const relation = (type: RelationRecord['type'], from: string, to: string): RelationRecord => ({
  id: `${type.toLowerCase()}:${from}>${to}`,
  type,
  from,
  to,
  date: '2024-06-14',
  datePrecision: 'day',
  confidence: 0.9,
  properties: {},
  sources: [{ articleId: 'b', quote: 'q', start: 0, end: 1 }],
});
function claim(about: string): ClaimRecord {
  return {
    about,
    articleId: 'b',
    quote: 'q',
    start: 0,
    end: 1,
    date: '2024-06-14',
    datePrecision: 'day',
    values: {},
    modality: 'asserted',
    saidBy: null,
    confidence: 0.9,
    extractor: 'test',
    rule: null,
  };
}
const slice: ArticleSlice = {
  article: { id: 'b', title: null, url: null, publisher: null, publishedAt: null, language: 'en', text: 't' },
  entities: [attack],
  relations: [
    relation('LAUNCHED', 'country:RU', attack.id),
    relation('TARGETED', attack.id, 'place:kyiv'),
    { ...relation('TARGETED', attack.id, 'place:odesa'), id: `targeted:${attack.id}>place:odesa#2` },
  ],
  mentions: [{ articleId: 'b', entityId: attack.id, start: 0, end: 1, text: 't' }],
  claims: [claim(attack.id), claim(`launched:country:RU>${attack.id}`)],
  fingerprint: 'h',
};
const stored = new Map([
  [attack.id, { id: 'attack:ru-2024-06-13-drone', name: 'Russia drone attack on Kyiv (2024-06-13)' }],
]);

describe('cross-run event resolution, pure half', () => {
  it('asks about an attack by attacker, weapon, the day either side and its targets', () => {
    expect(eventQuestions([slice]).attacks).toEqual([
      {
        id: attack.id,
        attacker: 'country:RU',
        weapon: 'drone',
        date: '2024-06-14',
        dates: ['2024-06-13', '2024-06-14', '2024-06-15'],
        targets: ['place:kyiv', 'place:odesa'],
      },
    ]);
  });

  it("asks about an agreement by kind, year and every slice's parties, sorted once each", () => {
    const agreement: EntityRecord = {
      id: 'agreement:security-ua-fr-2024',
      type: 'Agreement',
      name: 'France–Ukraine security agreement',
      aliases: [],
      properties: { kind: 'security', signedOn: '2024-02-16' },
    };
    const party = (from: string) => relation('PARTY_TO', from, agreement.id);
    const other = { ...slice, entities: [agreement], relations: [party('country:UA'), party('country:FR')] };
    const again = { ...slice, entities: [agreement], relations: [party('country:FR')] };
    expect(eventQuestions([other, again]).agreements).toEqual([
      { id: agreement.id, kind: 'security', year: '2024', parties: ['country:FR', 'country:UA'] },
    ]);
  });

  it('leaves out an attack no relation says who launched', () => {
    expect(eventQuestions([{ ...slice, relations: slice.relations.slice(1) }]).attacks).toEqual([]);
  });

  it('moves entities, relations and mentions onto the stored id, keeping id suffixes', () => {
    const rewritten = rewriteEventIds(slice, stored);
    expect(rewritten.entities).toEqual([
      {
        ...attack,
        id: 'attack:ru-2024-06-13-drone',
        name: 'Russia drone attack on Kyiv (2024-06-13)',
        properties: {},
      },
    ]);
    expect(rewritten.relations.map((r) => [r.id, r.from, r.to])).toEqual([
      ['launched:country:RU>attack:ru-2024-06-13-drone', 'country:RU', 'attack:ru-2024-06-13-drone'],
      ['targeted:attack:ru-2024-06-13-drone>place:kyiv', 'attack:ru-2024-06-13-drone', 'place:kyiv'],
      ['targeted:attack:ru-2024-06-13-drone>place:odesa#2', 'attack:ru-2024-06-13-drone', 'place:odesa'],
    ]);
    expect(rewritten.mentions[0]?.entityId).toBe('attack:ru-2024-06-13-drone');
    expect(rewritten.claims.map((c) => c.about)).toEqual([
      'attack:ru-2024-06-13-drone',
      'launched:country:RU>attack:ru-2024-06-13-drone',
    ]);
    expect(rewritten.fingerprint).toBe('h');
  });

  it('leaves a slice untouched when nothing resolved', () => {
    expect(rewriteEventIds(slice, new Map())).toBe(slice);
  });
});
