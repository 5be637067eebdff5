import { describe, expect, it } from 'vitest';
import { extractText, pairs } from '../../../test/fixtures/extract-text.ts';

describe('meetings and aid', () => {
  it('reads a meeting with a named official, in French and in English', async () => {
    expect(
      pairs(await extractText("Emmanuel Macron s'est entretenu avec Olaf Scholz à Varsovie."), 'MET'),
    ).toEqual(['official:emmanuel-macron>official:olaf-scholz']);
    expect(pairs(await extractText('Olaf Scholz met Emmanuel Macron in Warsaw.'), 'MET')).toEqual([
      'official:emmanuel-macron>official:olaf-scholz',
    ]);
  });

  it('finds the other side after a date and a long title: "a rencontré mardi le ministre … des Affaires étrangères X"', async () => {
    const doc = await extractText(
      "Emmanuel Macron a rencontré mardi le ministre ukrainien des Affaires étrangères Dmytro Kouleba à l'Élysée.",
    );
    expect(pairs(doc, 'MET')).toEqual(['official:dmitro-kuleba>official:emmanuel-macron']);
    expect(doc.relations.find((r) => r.type === 'MET')?.date).toBe('2024-06-11');
  });

  it('does not cross a clause to find the other side', async () => {
    const doc = await extractText(
      'Emmanuel Macron a rencontré mardi des chefs d’entreprise, puis le ministre ukrainien Dmytro Kouleba a parlé.',
    );
    expect(pairs(doc, 'MET')).toEqual([]);
  });

  it('resolves "son homologue allemand" to the German official named earlier', async () => {
    const doc = await extractText(
      'Olaf Scholz est arrivé mardi. Emmanuel Macron a eu un appel avec son homologue allemand.',
    );
    expect(pairs(doc, 'MET')).toEqual(['official:emmanuel-macron>official:olaf-scholz']);
  });

  it('does not read "une rencontre entre" or "talks with Kyiv" as a meeting of two officials', async () => {
    expect(
      pairs(await extractText('Olaf Scholz prépare une rencontre entre Russes et Ukrainiens.'), 'MET'),
    ).toEqual([]);
    expect(pairs(await extractText('Emmanuel Macron held talks with Kyiv.'), 'MET')).toEqual([]);
  });

  it('reads aid with its giver, beneficiary, amount and currency', async () => {
    const doc = await extractText("L'Allemagne a annoncé une aide de 500 millions d'euros à l'Ukraine.");
    const support = doc.relations.find((r) => r.type === 'SUPPORTS');
    expect(`${support?.from}>${support?.to}`).toBe('country:DE>country:UA');
    expect(support?.properties).toMatchObject({ amount: 5e8, currency: 'EUR' });
    const en = await extractText('The United States approved $61 billion in aid for Ukraine.');
    expect(en.relations.find((r) => r.type === 'SUPPORTS')?.properties).toMatchObject({
      amount: 61e9,
      currency: 'USD',
    });
  });

  it('does not take an attacker in a genitive for a giver', async () => {
    expect(
      pairs(await extractText("Après l'offensive de la Russie, l'aide à l'Ukraine augmente."), 'SUPPORTS'),
    ).toEqual([]);
  });

  it('relates places to their country and members to their organisation when the article names both', async () => {
    const doc = await extractText(
      "La Pologne, membre de l'OTAN, renforce Varsovie face à la Russie. Kharkiv est en Ukraine.",
    );
    expect(pairs(doc, 'MEMBER_OF')).toEqual(['country:PL>organization:nato']);
    expect(pairs(doc, 'LOCATED_IN')).toEqual(['place:kharkiv>country:UA']);
  });
});

describe('aid given to a country', () => {
  it('reads the country after a giving verb as the one helped', async () => {
    const doc = await extractText('The European Union will give Ukraine 1.5 billion euros in assistance.');
    expect(pairs(doc, 'SUPPORTS')).toEqual(['organization:eu>country:UA']);
  });

  it('reads "à Kiev" after a delivery as the country helped, not the city', async () => {
    const doc = await extractText('Emmanuel Macron a annoncé la livraison de missiles de croisière à Kiev.');
    expect(pairs(doc, 'SUPPORTS')).toEqual(['country:FR>country:UA']);
  });
});

describe('reciprocal meetings', () => {
  it('reads "X et Y se sont rencontrés" and "X and Y met"', async () => {
    expect(
      pairs(await extractText('Emmanuel Macron et Olaf Scholz se sont rencontrés jeudi.'), 'MET'),
    ).toEqual(['official:emmanuel-macron>official:olaf-scholz']);
    expect(pairs(await extractText('Scholz and Macron met in Warsaw on Thursday.'), 'MET')).toEqual([
      'official:emmanuel-macron>official:olaf-scholz',
    ]);
  });
  it('reads aid from a give verb with military goods, and from package words like "enveloppe" or "loan"', async () => {
    expect(
      pairs(
        await extractText("La France s'est engagée à fournir à Kiev des munitions et des chars."),
        'SUPPORTS',
      ),
    ).toEqual(['country:FR>country:UA']);
    const loan = await extractText('Poland approved on Monday a loan of 2 billion euros for Ukraine.');
    expect(pairs(loan, 'SUPPORTS')).toEqual(['country:PL>country:UA']);
    expect(loan.relations.find((r) => r.type === 'SUPPORTS')?.properties).toMatchObject({ currency: 'EUR' });
    expect(pairs(await extractText('Russia sent troops to Ukraine in February.'), 'SUPPORTS')).toEqual([]);
  });
  it('reads "after their meeting" and "lors de leur entretien" as a meeting of the two officials named before', async () => {
    expect(
      pairs(
        await extractText(
          'Emmanuel Macron and Olaf Scholz announced the plan after their meeting on Monday.',
        ),
        'MET',
      ),
    ).toEqual(['official:emmanuel-macron>official:olaf-scholz']);
    expect(
      pairs(
        await extractText('Olaf Scholz et Emmanuel Macron ont évoqué Kiev lors de leur entretien.'),
        'MET',
      ),
    ).toEqual(['official:emmanuel-macron>official:olaf-scholz']);
  });
  it('finds "with" after a place and a day ("held talks in Warsaw on Tuesday with"), and aid with a long amount', async () => {
    expect(
      pairs(await extractText('Emmanuel Macron held talks in Warsaw on Tuesday with Olaf Scholz.'), 'MET'),
    ).toEqual(['official:emmanuel-macron>official:olaf-scholz']);
    expect(
      pairs(
        await extractText(
          "Emmanuel Macron a annoncé jeudi une aide de 3 milliards d'euros par an à l'Ukraine.",
        ),
        'SUPPORTS',
      ),
    ).toEqual(['country:FR>country:UA']);
  });
});

describe('meetings of several officials', () => {
  const met = async (text: string) => pairs(await extractText(text), 'MET');
  const all = [
    'official:emmanuel-macron>official:olaf-scholz',
    'official:emmanuel-macron>official:volodymyr-zelensky',
    'official:olaf-scholz>official:volodymyr-zelensky',
  ];

  it('meets every two officials a sentence lists beside a meeting noun', async () => {
    expect(
      await met(
        'French President Emmanuel Macron, German Chancellor Olaf Scholz and Volodymyr Zelensky speak during a press conference.',
      ),
    ).toEqual(all);
  });

  it('does not make a meeting of two officials of one country', async () => {
    expect(await met('Emmanuel Macron and Mark Rutte attended the summit.')).toEqual([]);
  });

  it('reads the officials an event gathers, its co-chairs and those standing together', async () => {
    expect(
      await met('La rencontre, présidée par Emmanuel Macron, a réuni Olaf Scholz et Volodymyr Zelensky.'),
    ).toEqual(all);
    expect(await met('The meeting was co-chaired by Emmanuel Macron and Olaf Scholz.')).toEqual([all[0]]);
    expect(
      await met("Emmanuel Macron était présent, aux côtés d'Olaf Scholz et de Volodymyr Zelensky."),
    ).toEqual(all);
  });

  it('reads "separate meetings with the leaders of Germany and Ukraine" as meetings with each', async () => {
    expect(
      await met(
        'Olaf Scholz and Volodymyr Zelensky arrived on Monday. Emmanuel Macron also had separate meetings with the leaders of Germany and Ukraine.',
      ),
    ).toEqual([all[0], all[1]]);
  });

  it('reads a handshake, and "I" in a quote as the official who said it', async () => {
    expect(await met('Emmanuel Macron shakes hands with Olaf Scholz in Warsaw.')).toEqual([all[0]]);
    expect(await met('"I met Olaf Scholz in Warsaw on Monday," Emmanuel Macron said.')).toEqual([all[0]]);
  });

  it('does not read a meeting that will not take place', async () => {
    expect(await met("La rencontre entre Emmanuel Macron et Olaf Scholz n'aura pas lieu.")).toEqual([]);
  });
});
