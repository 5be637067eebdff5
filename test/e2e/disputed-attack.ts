// Two articles that give different counts for one attack, as newsgraph/2 documents: what the e2e tests
// need to show sources side by side with the disagreement flagged (the seeds have no such attack).
import type { ClaimRecord, GraphDocument, RelationRecord } from '../../schema/exchange.ts';
import { FORMAT } from '../../schema/exchange.ts';
import { deriveDocument } from '../../server/ingest/graph/derive-document.ts';

export const DISPUTED_ATTACK = 'attack:ru-2024-07-08-missile';
export const DISPUTED_LAUNCHED = `launched:country:RU>${DISPUTED_ATTACK}`;

function article(
  id: string,
  publisher: string,
  publishedAt: string,
  text: string,
  launched: number,
  saidBy: string,
): GraphDocument {
  const claim = (about: string, values: ClaimRecord['values']): ClaimRecord => ({
    about,
    articleId: id,
    quote: text,
    start: 0,
    end: text.length,
    date: '2024-07-08',
    datePrecision: 'day',
    values,
    modality: 'asserted',
    saidBy,
    confidence: 0.7,
    extractor: 'e2e',
    rule: 'attacks',
  });
  const relation: RelationRecord = {
    id: DISPUTED_LAUNCHED,
    type: 'LAUNCHED',
    from: 'country:RU',
    to: DISPUTED_ATTACK,
    date: '2024-07-08',
    datePrecision: 'day',
    confidence: 0.7,
    properties: {},
    sources: [{ articleId: id, quote: text, start: 0, end: text.length }],
  };
  return deriveDocument({
    format: FORMAT,
    articles: [
      {
        id,
        title: `${publisher} on the 8 July strikes`,
        url: `https://example.org/${id}`,
        publisher,
        publishedAt,
        language: 'en',
        text,
      },
    ],
    entities: [
      { id: 'country:RU', type: 'Country', name: 'Russia', aliases: [], properties: {} },
      {
        id: DISPUTED_ATTACK,
        type: 'Attack',
        name: 'Russia missile attack (2024-07-08)',
        aliases: [],
        properties: {},
      },
    ],
    relations: [relation],
    mentions: [],
    claims: [claim(DISPUTED_ATTACK, { launched, weapon: 'missile' }), claim(DISPUTED_LAUNCHED, {})],
    corrections: [],
  });
}

export const DISPUTED_DOCUMENTS: GraphDocument[] = [
  article(
    'zz_air_force',
    'Air Force Daily',
    '2024-07-08',
    'The air force says Russia launched 38 missiles at Ukraine on Monday.',
    38,
    'the air force',
  ),
  article(
    'zz_wire',
    'Wire Service',
    '2024-07-09',
    'Officials counted 44 missiles fired by Russia on Monday.',
    44,
    'officials',
  ),
];
