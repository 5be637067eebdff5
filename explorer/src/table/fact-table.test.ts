import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import { factRows, toCsv, viewRows } from './fact-table.ts';

const article = {
  articleId: 'a1',
  title: 'Pact, "signed"',
  url: 'https://example.org/a1',
  publisher: 'Wire',
  publishedAt: '2024-06-14',
  language: 'en',
};
const evidence = new Map([
  [
    'r1',
    {
      id: 'r1',
      modality: 'ASSERTED' as const,
      sources: [{ article, quote: '=Zelensky signed', start: 0, end: 16 }],
    },
  ],
]);

describe('the fact table', () => {
  const rows = factRows(SAMPLE, evidence);

  it('names the endpoints and carries modality and the first quote', () => {
    const signed = rows.find((row) => row.id === 'r1')!;
    expect(signed).toMatchObject({
      from: 'Volodymyr Zelensky',
      type: 'SIGNED',
      modality: 'asserted',
      quote: '=Zelensky signed',
    });
  });

  it('sorts by a column either way and filters on every word', () => {
    expect(viewRows(rows, '', 'date', false).map((row) => row.date)).toEqual([
      '',
      '2021-08',
      '2024',
      '2024-06-13',
    ]);
    expect(viewRows(rows, '', 'date', true)[0]!.date).toBe('2024-06-13');
    expect(viewRows(rows, 'party ukraine', 'date', false).map((row) => row.id)).toEqual(['r3', 'r4']);
  });

  it('writes CSV with quotes, article links, escaping and defused formulas', () => {
    const csv = toCsv(viewRows(rows, 'signed', 'date', false));
    const [header, line] = csv.trim().split('\r\n');
    expect(header).toContain('quote');
    expect(header).toContain('articleUrl');
    expect(line).toContain(`'=Zelensky signed`);
    expect(line).toContain('"Pact, ""signed"""');
    expect(line).toContain('https://example.org/a1');
  });
});
