import { describe, expect, it } from 'vitest';
import { extractText, pairs, relation } from '../../../test/fixtures/extract-text.ts';

const officials = async (text: string) =>
  (await extractText(text)).entities
    .filter((e) => e.type === 'Official')
    .map((e) => `${e.name}|${e.properties.role}`);

describe('discovering officials through their titles', () => {
  it('reads a French title before the name, with demonym and portfolio', async () => {
    const doc = await extractText(
      'Le ministre polonais des Affaires étrangères Radoslaw Sikorski est arrivé.',
    );
    expect(
      await officials('Le ministre polonais des Affaires étrangères Radoslaw Sikorski est arrivé.'),
    ).toEqual(['Radoslaw Sikorski|Minister of Foreign Affairs']);
    expect(pairs(doc, 'OFFICIAL_OF')).toEqual(['official:radoslaw-sikorski>country:PL']);
  });

  it('reads an English title before the name', async () => {
    const doc = await extractText('German Defence Minister Boris Pistorius visited the troops.');
    expect(await officials('German Defence Minister Boris Pistorius visited the troops.')).toEqual([
      'Boris Pistorius|Minister of Defence',
    ]);
    expect(pairs(doc, 'OFFICIAL_OF')).toEqual(['official:boris-pistorius>country:DE']);
  });

  it('reads a title in apposition after the name, with an organisation', async () => {
    const doc = await extractText("Jean Martin, le secrétaire général adjoint de l'OTAN, a parlé.");
    expect(relation(doc, 'OFFICIAL_OF', 'official:jean-martin')?.to).toBe('organization:nato');
    expect(relation(doc, 'OFFICIAL_OF', 'official:jean-martin')?.properties.role).toBe('Secretary General');
  });

  it('reads a title with a comma before the name', async () => {
    const doc = await extractText(
      "Le chef d'état-major de l'armée ukrainienne, Valeri Zaloujny, a démissionné.",
    );
    expect(pairs(doc, 'OFFICIAL_OF')).toEqual(['official:valeri-zalujni>country:UA']);
  });

  it('never makes officials of journalists or photographers', async () => {
    expect(await officials('Le journaliste Pierre Durand a interrogé le ministre.')).toEqual([]);
    expect(await officials('Reuters photographer John Smith took the picture.')).toEqual([]);
  });

  it('resolves the surname alone, later in the article, to the full name', async () => {
    const doc = await extractText(
      'Le ministre polonais Radoslaw Sikorski est arrivé. Sikorski a ensuite parlé.',
    );
    expect(
      doc.mentions.filter((m) => m.entityId === 'official:radoslaw-sikorski').map((m) => m.text),
    ).toEqual(['Radoslaw Sikorski', 'Sikorski']);
  });

  it('folds transliteration variants of a known official to one entity', async () => {
    const doc = await extractText('Zelenskyy spoke. Le président Zelensky a répondu.');
    expect(doc.entities.filter((e) => e.type === 'Official').map((e) => e.id)).toEqual([
      'official:volodymyr-zelensky',
    ]);
  });

  it('gives a known official the role held on the publication day', async () => {
    const doc = await extractText('Mark Rutte a parlé.', '2025-01-10');
    expect(relation(doc, 'OFFICIAL_OF', 'official:mark-rutte')?.to).toBe('organization:nato');
  });
});

describe('names around titles', () => {
  it('keeps particles inside a discovered name', async () => {
    expect(
      await officials('La présidente de la Commission européenne Ursula von der Leyen est arrivée.'),
    ).toEqual(['Ursula von der Leyen|President']);
    expect(await officials('Le ministre français Jean-Yves Le Drian a parlé.')).toEqual([
      'Jean-Yves Le Drian|Minister',
    ]);
  });

  it('never takes the capitalised words of an institution for a name', async () => {
    expect(await officials('Le président du Conseil Européen a parlé.')).toEqual([]);
  });

  it('does not give a known surname to someone with another first name', async () => {
    const doc = await extractText('Le ministre polonais Ali Bagheri a parlé.');
    expect(doc.entities.filter((e) => e.type === 'Official').map((e) => e.id)).toEqual([
      'official:ali-bagheri',
    ]);
  });

  it('gives a counterpart the role of the official the sentence names first', async () => {
    expect(await officials("Olaf Scholz s'est entretenu avec son homologue polonais Donald Tusk.")).toContain(
      'Donald Tusk|Chancellor',
    );
  });
});

describe('English possessive titles', () => {
  it('reads the country of "Ukraine\'s foreign minister"', async () => {
    expect(
      pairs(await extractText("Ukraine's foreign minister Igor Petrenko spoke."), 'OFFICIAL_OF'),
    ).toEqual(['official:igor-petrenko>country:UA']);
  });
});

describe('headlines', () => {
  it('finds no names in a title-case headline', async () => {
    expect(await officials('German Defence Minister Says Talks Will Continue Next Week')).toEqual([]);
  });
});

describe('surnames of known officials', () => {
  it('resolves the surname alone to the known official named in full earlier', async () => {
    const doc = await extractText(
      'Andriy Yermak est arrivé à Varsovie. Yermak a ensuite rencontré Olaf Scholz.',
    );
    expect(doc.mentions.filter((m) => m.entityId === 'official:andriy-yermak').map((m) => m.text)).toEqual([
      'Andriy Yermak',
      'Yermak',
    ]);
  });
});

describe('members of parliament', () => {
  it('reads "le député polonais Jan Nowak" as an official of Poland', async () => {
    expect(pairs(await extractText('Le député polonais Jan Nowak a voté contre.'), 'OFFICIAL_OF')).toEqual([
      'official:jan-nowak>country:PL',
    ]);
  });
  it('keeps a lower-case syllable hyphened to a name: "Shin Won-sik"', async () => {
    expect(await officials('Le ministre polonais de la Défense Kim Yong-hyun est arrivé.')).toEqual([
      'Kim Yong-hyun|Minister of Defence',
    ]);
  });

  it('gives each of two titled officials in a row their own title and country', async () => {
    const doc = await extractText(
      'The deal was signed by Polish Foreign Minister Radoslaw Sikorski and French Defence Minister Sébastien Lecornu.',
    );
    expect(pairs(doc, 'OFFICIAL_OF')).toEqual([
      'official:radoslaw-sikorski>country:PL',
      'official:sebastien-lecornu>country:FR',
    ]);
  });
});
