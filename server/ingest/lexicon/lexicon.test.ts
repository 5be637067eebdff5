import { describe, expect, it } from 'vitest';
import * as agreementArguments from './agreement-arguments.ts';
import * as attackArguments from './attack-arguments.ts';
import * as modality from './modality.ts';

/** Every table of words by concept and language: a record with an `en` and a `fr` list. */
const tables = Object.entries({ ...agreementArguments, ...attackArguments, ...modality }).filter(
  (entry): entry is [string, { en: string[]; fr: string[] }] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'en' in entry[1] && 'fr' in entry[1],
);

describe('the lexicon of concepts by language', () => {
  it('has tables to check', () => {
    expect(tables.length).toBeGreaterThan(15);
  });

  it.each(tables)('gives %s words in both French and English', (_name, table) => {
    expect(table.en.length).toBeGreaterThan(0);
    expect(table.fr.length).toBeGreaterThan(0);
  });

  it.each(tables)('writes %s in the folded form look-ups use (lower case, no accents)', (_name, table) => {
    for (const word of [...table.en, ...table.fr])
      expect(word).toBe(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  });
});
