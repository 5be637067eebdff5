import { describe, expect, it } from 'vitest';
import { extractText } from '../../../test/fixtures/extract-text.ts';
import { mergeDocuments } from './merge-documents.ts';

describe('mergeDocuments', () => {
  it('unions aliases, concatenates sources and gives the same bytes for the same input', async () => {
    const a = await extractText(
      'Kyiv said Moscow lied. Poland and Ukraine signed a pact.',
      '2024-06-14',
      'a',
    );
    const b = await extractText("La Pologne et l'Ukraine ont signé un pacte.", '2024-06-15', 'b');
    const merged = mergeDocuments([a, b]);
    expect(merged.entities.find((e) => e.id === 'country:UA')?.aliases).toEqual(['Kyiv']);
    const party = merged.relations.find((r) => r.type === 'PARTY_TO' && r.from === 'country:PL')!;
    expect(party.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(JSON.stringify(mergeDocuments([a, b]))).toBe(JSON.stringify(merged));
  });

  it('makes one attack of the same night reported a day apart by two articles', async () => {
    const first = await extractText(
      'La Russie a lancé dans la nuit 30 drones sur Kharkiv.',
      '2024-06-14',
      'first',
    );
    const second = await extractText(
      'Russia launched 30 drones at Kharkiv on Friday.',
      '2024-06-15',
      'second',
    );
    const merged = mergeDocuments([first, second]);
    expect(merged.entities.filter((e) => e.type === 'Attack').map((e) => e.id)).toEqual([
      'attack:ru-2024-06-13-drone',
    ]);
    expect(merged.relations.filter((r) => r.type === 'TARGETED')).toHaveLength(1);
  });

  it('keeps apart attacks of different attackers on the same day', async () => {
    const first = await extractText('La Russie a lancé 30 drones sur Kharkiv.', '2024-06-14', 'first');
    const second = await extractText("L'Ukraine a lancé 30 drones sur Belgorod.", '2024-06-14', 'second');
    expect(mergeDocuments([first, second]).entities.filter((e) => e.type === 'Attack')).toHaveLength(2);
  });

  it('merges reports of an attack whose date in one of them is no day at all', async () => {
    const reports = await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        extractText('La Russie a lancé dans la nuit 30 drones sur Kharkiv.', '2024-06-14', id),
      ),
    );
    const odd = reports[2]!.entities.find((e) => e.type === 'Attack')!;
    odd.properties = { ...odd.properties, date: '2024-13-01' };
    // The unparseable day never matches another (sameAttack): it must not stop the merge either.
    const attacks = mergeDocuments(reports).entities.filter((e) => e.type === 'Attack');
    expect(attacks.map((e) => e.id)).toEqual(['attack:ru-2024-06-13-drone']);
  });
});

describe('agreements of no stated kind', () => {
  it('joins "un accord" to the agreement of known kind between the same parties, across articles', async () => {
    const first = await extractText("La Pologne et l'Ukraine ont signé un accord.", '2024-06-14', 'first');
    const second = await extractText(
      "La Pologne et l'Ukraine négocient un accord de sécurité.",
      '2024-04-14',
      'second',
    );
    const merged = mergeDocuments([first, second]);
    expect(
      merged.entities.filter((e) => e.type === 'Agreement').map((e) => [e.id, e.properties.kind]),
    ).toEqual([['agreement:security-pl-ua-2024', 'security']]);
  });

  it('joins them within one article too', async () => {
    const doc = await extractText(
      "La Pologne et l'Ukraine ont signé un accord bilatéral. Cet accord de sécurité entre la Pologne et l'Ukraine est historique.",
    );
    expect(doc.entities.filter((e) => e.type === 'Agreement').map((e) => e.id)).toEqual([
      'agreement:security-pl-ua-2024',
    ]);
  });
});
