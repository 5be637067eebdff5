import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../schema/exchange.ts';
import { extractText } from '../../test/fixtures/extract-text.ts';

const WORDS = [
  "l'",
  'Ukraine',
  'Kiev',
  'à',
  'accord',
  'drones',
  '70',
  'soixante-dix',
  'autant',
  'au-dessus',
  'de',
  'la',
  'région',
  'Kharkiv',
  ',',
  '.',
  '«',
  '»',
  'hier',
  'samedi',
  'dans la nuit',
  'le ministre polonais de la Défense',
  'Jean Dupont',
  'ont signé',
  'these attacks',
  'Moscow',
  'attributes',
  'to',
  '😀',
  'مرحبا',
  '\n\n',
  'Lire aussi :',
  'PREV',
  'en août',
  '12 janvier 2024',
  'un',
  'cessez-le-feu',
  'with',
  'avec',
  'son homologue',
  'allemand',
  'aide',
  '61 milliards de dollars',
  'Zelensky',
  'a rencontré',
  'met',
  '-',
  '(',
  ')',
  'US',
  'us',
  'OTAN',
];

/** A seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('extraction on word salad', () => {
  it('never throws, always validates and keeps every offset on its text', async () => {
    const next = random(7);
    for (let i = 0; i < 150; i++) {
      const words = Array.from(
        { length: Math.floor(next() * 200) },
        () => WORDS[Math.floor(next() * WORDS.length)],
      );
      const doc = validateGraphDocument(
        await extractText(words.join(next() < 0.8 ? ' ' : ''), next() < 0.2 ? null : '2024-06-14'),
      );
      const text = doc.articles[0]!.text!;
      for (const r of doc.relations)
        for (const s of r.sources) expect(text.slice(s.start, s.end)).toBe(s.quote);
      for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }, 60_000); // hundreds of articles: the default 5 s is a wall-clock bound on a shared machine
});
