import { describe, expect, it } from 'vitest';
import { extractText, pairs, relation } from '../../../test/fixtures/extract-text.ts';

const roles = async (text: string) => {
  const doc = await extractText(text);
  return {
    launched: pairs(doc, 'LAUNCHED').map((p) => p.split('>')[0]),
    targeted: pairs(doc, 'TARGETED').map((p) => p.split('>')[1]),
    doc,
  };
};

describe('attack roles from the sentence structure', () => {
  it('takes the subject of the firing verb, not the authority that reports it', async () => {
    const { launched, targeted } = await roles(
      "Ukraine's air force said Russia launched 40 drones at Odesa overnight.",
    );
    expect(launched).toEqual(['country:RU']);
    expect(targeted).toEqual(['place:odesa']);
  });

  it('reads the firer in a clause on the weapon: "drones that Russia launched", "tirés par la Russie"', async () => {
    expect(
      (await roles('Air defences shot down 20 drones that Russia launched at Kharkiv.')).launched,
    ).toEqual(['country:RU']);
    expect((await roles('Les missiles tirés par la Russie ont frappé Kharkiv lundi.')).launched).toEqual([
      'country:RU',
    ]);
  });

  it('gives the attack to whom an accusation names: "accused Russia of launching"', async () => {
    const { launched, doc } = await roles("L'Ukraine a accusé la Russie d'avoir lancé 50 drones sur Odessa.");
    expect(launched).toEqual(['country:RU']);
    expect(relation(doc, 'LAUNCHED', 'country:RU')?.properties.attribution).toBe('attributed');
  });

  it('reads an instrument phrase: "targeted Kharkiv by artillery shelling"', async () => {
    const { launched, targeted } = await roles(
      'Wagner fighters targeted Kharkiv by artillery shelling on Sunday.',
    );
    expect(launched).toEqual(['organization:wagner']);
    expect(targeted).toEqual(['place:kharkiv']);
  });

  it('makes what an attack caused, or who fell victim to it, its target', async () => {
    expect(
      (await roles('A depot in Belgorod caught fire after a Ukrainian drone attack.')).targeted,
    ).toContain('place:belgorod');
    expect(
      (await roles('Ses positions à Kharkiv ont été victimes d’attaques simultanées lundi.')).targeted,
    ).toEqual(['place:kharkiv']);
  });

  it('joins who claimed an attack, told in one paragraph, to what it hit, told in another', async () => {
    const doc = await extractText(
      'Wagner claimed the attacks on Monday.\n\nThe army said its positions in Kharkiv were victims of attacks on Monday.',
    );
    expect(doc.entities.filter((e) => e.type === 'Attack')).toHaveLength(1);
    expect(pairs(doc, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['place:kharkiv']);
  });
});

describe('attacks named inside another act', () => {
  it('gives the attack to whom a retaliation is aimed at: "retaliate against X for bombing Y"', async () => {
    const { launched, targeted } = await roles(
      'Ukraine vowed to retaliate against Russia for bombing a hospital in Kharkiv on Monday.',
    );
    expect(launched).toEqual(['country:RU']);
    expect(targeted).toEqual(['place:kharkiv']);
  });

  it('keeps the named place, not the demonym, as the target of "the Polish embassy in Kyiv"', async () => {
    const { targeted } = await roles('Russian missiles struck the Polish embassy in Kyiv on Monday.');
    expect(targeted).toEqual(['place:kyiv']);
  });

  it('takes no count from a date: "the attack on Kharkiv on Oct. 7"', async () => {
    const doc = await extractText('The army recalled the attack by Russia on Kharkiv on Oct. 7 last year.');
    const target = doc.relations.find((r) => r.type === 'TARGETED');
    expect(target?.properties.count).toBeUndefined();
    expect(target?.date).toBe('2023-10-07');
  });
});

describe('attacks told by a verb', () => {
  it('reads a striking verb with the place it hits, and its subject through a gerund', async () => {
    expect(await roles('Germany struck Belgorod on Monday.')).toMatchObject({
      launched: ['country:DE'],
      targeted: ['place:belgorod'],
    });
    expect(
      (await roles("La Pologne a soutenu l'Ukraine samedi en frappant des dépôts à Belgorod.")).launched,
    ).toEqual(['country:PL']);
  });

  it('reads no attack where the verb hits no place: "struck a deal", "attacked the plan"', async () => {
    expect(
      (await extractText('Germany and Poland struck a deal on Monday.')).entities.filter(
        (e) => e.type === 'Attack',
      ),
    ).toEqual([]);
    expect(
      (await extractText('Poland attacked the plan on Monday.')).entities.filter((e) => e.type === 'Attack'),
    ).toEqual([]);
  });

  it('knows no author of an attack that a retaliation answers', async () => {
    const { launched } = await roles('Ukraine vowed to retaliate against the attack on Kharkiv.');
    expect(launched).toEqual([]);
  });
});
