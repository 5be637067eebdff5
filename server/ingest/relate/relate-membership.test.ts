import { describe, expect, it } from 'vitest';
import { extractText, relation } from '../../../test/fixtures/extract-text.ts';

describe('stated memberships', () => {
  it('dates a known membership the text states: "membre de l\'OTAN depuis 1999", "a NATO member since 1999"', async () => {
    const fr = await extractText(
      "La Pologne, membre de l'OTAN depuis 1999, accueille des troupes américaines.",
    );
    expect(relation(fr, 'MEMBER_OF', 'country:PL', 'organization:nato')).toMatchObject({
      date: '1999',
      datePrecision: 'year',
    });
    const en = await extractText('Poland, a NATO member since 1999, hosts US troops.');
    expect(relation(en, 'MEMBER_OF', 'country:PL', 'organization:nato')?.date).toBe('1999');
  });

  it('adds nothing for a membership the country only wishes for', async () => {
    const doc = await extractText("L'Ukraine veut devenir membre de l'OTAN d'ici 2030.");
    expect(doc.relations.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
  });
});
