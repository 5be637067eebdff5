import { describe, expect, it } from 'vitest';
import { extractText } from '../../../test/fixtures/extract-text.ts';
import { testParser } from '../../../test/fixtures/test-parser.ts';
import { createExtractor } from '../extractor.ts';

const mentioned = async (text: string) =>
  (await extractText(text)).mentions
    .filter((m) => !/^(attack|agreement):/.test(m.entityId))
    .map((m) => `${m.entityId}:${m.text}`);

describe('recognising gazetteer names', () => {
  it('reads French elisions and contractions', async () => {
    expect(await mentioned("L'armée d'Ukraine répond aux États-Unis et à l'Allemagne.")).toEqual([
      'country:UA:Ukraine',
      'country:US:États-Unis',
      'country:DE:Allemagne',
    ]);
  });

  it('matches accent- and case-folded names, longest first', async () => {
    expect(await mentioned('La Federation de Russie et la Pologne.')).toEqual([
      'country:RU:Federation de Russie',
      'country:PL:Pologne',
    ]);
  });

  it('matches acronyms only as written, never the pronoun "us"', async () => {
    expect(await mentioned('They told us that the US would help.')).toEqual(['country:US:US']);
  });

  it('reads a capital as its country when it acts, and as the city after "à" or "in"', async () => {
    expect(await mentioned('Kyiv said Moscow lied.')).toEqual(['country:UA:Kyiv', 'country:RU:Moscow']);
    expect(await mentioned('Le sommet a eu lieu à Varsovie.')).toEqual(['place:warsaw:Varsovie']);
    expect(await mentioned('The talks were held in Kyiv.')).toEqual(['place:kyiv:Kyiv']);
  });

  it('keeps a capital as its country after a verb that takes "à" for an actor', async () => {
    expect(await mentioned('Ces frappes sont attribuées à Kiev.')).toEqual(['country:UA:Kiev']);
  });

  it('reads a place in brackets after a place as where that place is, not a second place', async () => {
    expect(await mentioned('La foire se tient à Vilnius (Normandie) cette année.')).toEqual([
      'place:vilnius:Vilnius',
    ]);
  });

  it('counts a country named by an adjective as a mention, but not the people ("les Allemands")', async () => {
    expect(await mentioned('Le ministre allemand est arrivé.')).toEqual(['country:DE:allemand']);
    expect(await mentioned('Les Allemands ont voté.')).toEqual([]);
  });
});

describe('capitals in a region', () => {
  it('reads "la région de Kiev" and "the Kyiv region" as the place', async () => {
    expect(await mentioned('Des drones ont visé la région de Kiev.')).toEqual(['place:kyiv:Kiev']);
    expect(await mentioned('Drones targeted the Kyiv region.')).toEqual(['place:kyiv:Kyiv']);
  });
  it('reads a second seat of a country ("Tel Aviv" beside Jerusalem) as its own city', async () => {
    const extractor = createExtractor({ parser: testParser('unit') });
    const ids = async (text: string) =>
      (
        await extractor.extract({
          id: 'a',
          title: null,
          url: null,
          publisher: null,
          publishedAt: null,
          language: null,
          text,
        })
      ).mentions.map((m) => m.entityId);
    expect(await ids('The Houthis fired a missile on Tel Aviv.')).toContain('place:tel-aviv');
    expect(await ids('Une roquette est tombée à Tel-Aviv.')).toContain('place:tel-aviv');
  });
  it('reads a capital after "sur"/"on" as the city hit when a weapon or strike word comes before', async () => {
    expect(await mentioned('La Russie a tiré cinq missiles sur Kiev.')).toContain('place:kyiv:Kiev');
    expect(await mentioned('Russian strikes on Kyiv killed three people.')).toContain('place:kyiv:Kyiv');
    expect(await mentioned('Washington fait pression sur Moscou.')).toContain('country:RU:Moscou');
  });
});
