import { describe, expect, it } from 'vitest';
import { extractText, pairs } from '../../../test/fixtures/extract-text.ts';

const roles = async (text: string) => pairs(await extractText(text), 'OFFICIAL_OF');

describe('titles of officials the gazetteer does not know', () => {
  it('gives an armed group the official it names: "a top Wagner official"', async () => {
    expect(await roles('A senior Wagner official, Ivan Petrov, said the group would respond.')).toEqual([
      'official:ivan-petrov>organization:wagner',
    ]);
  });

  it('needs a body or a country for "official": "the official Reuters News Agency" is no person', async () => {
    expect(
      (await extractText('The official Reuters News Agency said the talks went well.')).entities.filter(
        (e) => e.type === 'Official',
      ),
    ).toEqual([]);
  });

  it('reads the first of two joined titles and skips an honorific before the name', async () => {
    expect(
      await roles(
        "Le Président de la Pologne et Président en exercice de l'Union européenne, Dr Jan Nowak, a parlé.",
      ),
    ).toEqual(['official:jan-nowak>country:PL']);
  });

  it('places a local post in the country of the place its text names', async () => {
    expect(
      await roles("Le chef de l'administration militaire régionale de Kharkiv, Ivan Petrov, a parlé."),
    ).toEqual(['official:ivan-petrov>country:UA']);
    expect(
      await roles('Debris fell on Kharkiv overnight. Ivan Petrov, the governor, said nobody was hurt.'),
    ).toEqual(['official:ivan-petrov>country:UA']);
  });

  it('reads "my Polish colleague Jan Nowak" and the portfolio of "ministre du commerce"', async () => {
    expect(await roles('"I thank my Polish colleague Jan Nowak," he said.')).toEqual([
      'official:jan-nowak>country:PL',
    ]);
    const doc = await extractText('Le ministre polonais du commerce et de l’industrie, Jan Nowak, a parlé.');
    expect(doc.entities.find((e) => e.id === 'official:jan-nowak')?.properties.role).toBe(
      'Minister of Trade',
    );
  });
});
