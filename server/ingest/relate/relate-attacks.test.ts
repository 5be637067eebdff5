import { describe, expect, it } from 'vitest';
import { extractText, pairs, relation } from '../../../test/fixtures/extract-text.ts';

const attacks = async (text: string) => (await extractText(text)).entities.filter((e) => e.type === 'Attack');

describe('attack frames', () => {
  it('reads a French interception report: attacker by demonym, targets with counts, "dans la nuit"', async () => {
    const doc = await extractText(
      "La défense aérienne ukrainienne a abattu dans la nuit quarante drones russes au-dessus de la région de Kharkiv, dont douze au-dessus d'Odessa.",
    );
    const [attack] = doc.entities.filter((e) => e.type === 'Attack');
    expect(attack?.properties).toMatchObject({ weapon: 'drone', date: '2024-06-13', intercepted: 40 });
    expect(pairs(doc, 'LAUNCHED')).toEqual([`country:RU>${attack!.id}`]);
    expect(relation(doc, 'TARGETED', attack!.id, 'place:odesa')?.properties.count).toBe(12);
    expect(relation(doc, 'TARGETED', attack!.id, 'place:kharkiv')).toBeDefined();
  });

  it('repeats the previous count for "autant"', async () => {
    const doc = await extractText(
      'Les forces russes ont tiré six missiles sur Kharkiv et autant sur Odessa.',
    );
    const [attack] = doc.entities.filter((e) => e.type === 'Attack');
    expect(relation(doc, 'TARGETED', attack!.id, 'place:odesa')?.properties.count).toBe(6);
  });

  it('reads an English report with a launch verb and a capital as target', async () => {
    const doc = await extractText('Russia launched 50 missiles at Kyiv on Tuesday.');
    const [attack] = doc.entities.filter((e) => e.type === 'Attack');
    expect(pairs(doc, 'LAUNCHED')).toEqual([`country:RU>${attack!.id}`]);
    expect(pairs(doc, 'TARGETED')).toEqual([`${attack!.id}>place:kyiv`]);
    expect(attack?.properties.date).toBe('2024-06-11');
  });

  it('takes the attacker from an attribution in a later sentence pointing back', async () => {
    const doc = await extractText(
      'Des drones ont été abattus au-dessus de Belgorod. Moscou attribue ces attaques à Kiev.',
    );
    const [attack] = doc.entities.filter((e) => e.type === 'Attack');
    expect(relation(doc, 'LAUNCHED', 'country:UA')?.properties.attribution).toBe('attributed');
    expect(pairs(doc, 'TARGETED')).toEqual([`${attack!.id}>place:belgorod`]);
  });

  it('tells one attack once when the article repeats it in French and in English', async () => {
    const found = await attacks(
      'Les défenses russes ont intercepté 30 drones au-dessus de la région de Belgorod. ' +
        'Russian air defences intercepted 30 drones over the Belgorod region, the ministry said.',
    );
    expect(found).toHaveLength(1);
  });

  it('reads "les frappes de la Russie" as Russian strikes on the country the sentence names', async () => {
    const doc = await extractText("Les frappes de la Russie ont touché l'Ukraine.");
    expect(pairs(doc, 'LAUNCHED').map((p) => p.split('>')[0])).toEqual(['country:RU']);
    expect(pairs(doc, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['country:UA']);
  });

  it('keeps the defending country out of the attackers', async () => {
    const doc = await extractText('Russian air defence forces shot down 20 drones over the Belgorod region.');
    expect(pairs(doc, 'LAUNCHED')).toEqual([]);
  });

  it('ignores hypothetical attacks and weapons without an attack', async () => {
    expect(await attacks("En cas d'attaque armée contre la Pologne, l'OTAN répondra.")).toEqual([]);
    expect(await attacks("L'Allemagne va livrer des drones à l'Ukraine.")).toEqual([]);
  });

  it('keeps places of another clause out of the targets', async () => {
    const doc = await extractText(
      "La guerre continue à Kharkiv, et la Russie a lancé des drones contre l'Ukraine.",
    );
    expect(pairs(doc, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['country:UA']);
  });
});

describe('attackers that are organisations', () => {
  it('reads a national army as its state and a militia as itself', async () => {
    expect(
      pairs(await extractText("L'armée allemande a tiré des missiles sur Belgorod."), 'LAUNCHED')[0],
    ).toMatch(/^country:DE>/);
    expect(
      pairs(await extractText('Le groupe Wagner a lancé des drones sur Kharkiv.'), 'LAUNCHED')[0],
    ).toMatch(/^organization:wagner>/);
  });

  it('reads approximate counts: "une cinquantaine de roquettes"', async () => {
    const [attack] = (
      await extractText('La Russie a tiré une cinquantaine de roquettes sur Kharkiv.')
    ).entities.filter((e) => e.type === 'Attack');
    expect(attack?.properties.launched).toBe(50);
  });
});

describe('attack verbs and origins', () => {
  it('reads "forces hit X" with the subject as attacker and the object as target', async () => {
    const doc = await extractText('Overnight, Russian forces hit Odesa with missiles and drones.');
    expect(pairs(doc, 'LAUNCHED')[0]).toMatch(/^country:RU>/);
    expect(pairs(doc, 'TARGETED')[0]).toMatch(/>place:odesa$/);
  });

  it('does not target the country the fire comes from', async () => {
    const doc = await extractText('Le groupe Wagner a tiré des roquettes depuis la Pologne.');
    expect(pairs(doc, 'TARGETED')).toEqual([]);
  });
});

describe('attack details', () => {
  it('reads casualties and the source that reports the attack', async () => {
    const [attack] = (
      await extractText(
        'Six civils ont été tués vendredi à Kharkiv par une frappe de missiles russes, selon Reuters.',
      )
    ).entities.filter((e) => e.type === 'Attack');
    expect(attack?.properties).toMatchObject({ casualties: 6, reportedBy: 'Reuters', date: '2024-06-14' });
    const [en] = (
      await extractText('A Russian missile struck Kharkiv on Monday, killing two people, Reuters said.')
    ).entities.filter((e) => e.type === 'Attack');
    expect(en?.properties).toMatchObject({ casualties: 2, reportedBy: 'Reuters' });
  });
});

describe('telling attacks apart', () => {
  it('targets the side that shoots the drones down', async () => {
    const doc = await extractText(
      "En Allemagne, l'armée allemande a abattu dans la nuit 22 des 35 drones lancés par la Russie.",
    );
    expect(pairs(doc, 'LAUNCHED')[0]).toMatch(/^country:RU>/);
    expect(pairs(doc, 'TARGETED')[0]).toMatch(/>country:DE$/);
  });

  it('does not read the article "une" as a count', async () => {
    const doc = await extractText('Une frappe russe sur Kharkiv a fait six morts.');
    expect(doc.relations.find((r) => r.type === 'TARGETED')?.properties).toEqual({});
  });

  it('keeps apart attacks told in different paragraphs unless they share a target', async () => {
    const text =
      'La Russie a lancé des drones contre la Pologne mardi.\n\nLundi, une frappe russe sur Kharkiv a fait six morts.';
    expect(await attacks(text)).toHaveLength(2);
  });

  it('keeps apart drones and missiles of the same night in one paragraph', async () => {
    const text =
      'La Russie a lancé 30 drones sur Kharkiv. Elle a aussi tiré 5 missiles balistiques sur Odessa.';
    expect((await attacks(text)).map((a) => a.properties.weapon).sort()).toEqual(['drone', 'missile']);
  });
});

describe('repeated counts in English', () => {
  it('repeats the previous count for "as many"', async () => {
    const doc = await extractText('Russia fired six missiles at Kharkiv and as many at Odesa.');
    const [attack] = doc.entities.filter((e) => e.type === 'Attack');
    expect(relation(doc, 'TARGETED', attack!.id, 'place:odesa')?.properties.count).toBe(6);
  });
});

describe('attack words without a war', () => {
  it('ignores a general strike and a bare attack word with neither weapon nor attacker', async () => {
    expect(await attacks('A general strike paralysed transport in France on Monday.')).toEqual([]);
    expect(await attacks('Les attaques contre la Pologne dans la presse se multiplient.')).toEqual([]);
  });
});

describe('attack verbs', () => {
  it('reads "la Russie a bombardé Kharkiv" as an attack', async () => {
    const doc = await extractText('La Russie a bombardé Kharkiv dans la nuit.');
    expect(pairs(doc, 'LAUNCHED')[0]).toMatch(/^country:RU>/);
    expect(pairs(doc, 'TARGETED')[0]).toMatch(/>place:kharkiv$/);
  });
});

describe('claimed attacks', () => {
  it('marks an attack its author claims', async () => {
    const doc = await extractText('Le groupe Wagner a revendiqué la frappe de drones sur Kharkiv.');
    expect(relation(doc, 'LAUNCHED', 'organization:wagner')?.properties.attribution).toBe('claimed');
  });
});

describe('targets named by a demonym', () => {
  it('reads "contre les infrastructures énergétiques ukrainiennes" as Ukraine under attack', async () => {
    const doc = await extractText(
      "La Russie a lancé des missiles contre les infrastructures énergétiques ukrainiennes. L'Ukraine résiste.",
    );
    expect(pairs(doc, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['country:UA']);
  });
});

describe('one wave of drones and missiles', () => {
  it('joins a report of drones and missiles to reports of either', async () => {
    const text =
      'Des missiles russes ont frappé Kharkiv vendredi. La Russie a lancé 16 drones et deux missiles contre Odessa vendredi.';
    expect(await attacks(text)).toHaveLength(1);
  });

  it('joins a report that only says who shot the drones down', async () => {
    const text =
      "Overnight, Russian forces hit Odesa with drones. L'Allemagne said it had destroyed 30 of 40 drones.";
    expect(await attacks(text)).toHaveLength(1);
  });

  it('reads "l\'armée allemande a mené des frappes sur Belgorod"', async () => {
    const doc = await extractText("L'armée allemande a mené de nouvelles frappes sur Belgorod dans la nuit.");
    expect(pairs(doc, 'LAUNCHED')[0]).toMatch(/^country:DE>/);
  });
});

describe('conditional words far from the attack', () => {
  it('keeps an attack whose sentence speaks conditionally elsewhere', async () => {
    expect(
      await attacks(
        'La Russie a lancé 50 drones sur Kharkiv, ce qui, selon des experts, pourrait annoncer une offensive plus large.',
      ),
    ).toHaveLength(1);
  });
  it('targets every place of a coordinated list, and a count before the list is its total', async () => {
    const doc = await extractText('Russia fired 40 missiles at Kyiv, Kharkiv and Odesa overnight.');
    const [attack] = await attacks('Russia fired 40 missiles at Kyiv, Kharkiv and Odesa overnight.');
    expect(pairs(doc, 'TARGETED')).toEqual(
      ['place:kharkiv', 'place:kyiv', 'place:odesa'].map((p) => `${attack!.id}>${p}`),
    );
    expect(relation(doc, 'TARGETED', attack!.id, 'place:kyiv')?.properties.count ?? null).toBeNull();
  });

  it('adds the coordinated counts of two weapons aimed at one target', async () => {
    const doc = await extractText("La Russie a lancé 60 drones et deux missiles contre l'Ukraine.");
    expect(doc.relations.find((r) => r.type === 'TARGETED')?.properties.count).toBe(62);
  });

  it('joins an interception report on places inside the country already attacked, a paragraph later', async () => {
    const doc = await extractText(
      "La Russie a lancé dans la nuit 50 drones contre l'Ukraine.\n\nQuarante drones ont été abattus au-dessus des régions de Kharkiv et d'Odessa.",
    );
    const found = doc.entities.filter((e) => e.type === 'Attack');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties).toMatchObject({ launched: 50, intercepted: 40 });
    expect(pairs(doc, 'TARGETED')).toHaveLength(3);
  });
  it('does not read the country after "au-dessus de" as the attacker', async () => {
    const doc = await extractText(
      'Une attaque de drones attribuée à Kiev a visé Belgorod. Les défenses ont abattu 30 drones au-dessus de la Russie, dont 12 au-dessus de Belgorod.',
    );
    expect(pairs(doc, 'LAUNCHED').map((p) => p.split('>')[0])).toEqual(['country:UA']);
  });
  it('gives a claimed attack to the group that claims it, not to the country before it', async () => {
    const doc = await extractText("Ukraine's Wagner fighters claimed a drone attack on Belgorod on Sunday.");
    expect(relation(doc, 'LAUNCHED', 'organization:wagner')?.properties.attribution).toBe('claimed');
    expect(pairs(doc, 'LAUNCHED')).toHaveLength(1);
  });
  it('reads "toward" and "en direction de" as aiming at a target', async () => {
    const doc = await extractText('Russia fired several missiles toward Odesa on Sunday.');
    expect(pairs(doc, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['place:odesa']);
    const fr = await extractText("La Russie a tiré dimanche des missiles en direction d'Odessa.");
    expect(pairs(fr, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['place:odesa']);
  });
  it('reads "revendiquée par" and "claimed by" as a claim, "attribuée à" as an attribution', async () => {
    const claimed = await extractText(
      'Une attaque de drones revendiquée par Wagner a visé Belgorod dimanche.',
    );
    expect(relation(claimed, 'LAUNCHED', 'organization:wagner')?.properties.attribution).toBe('claimed');
    const en = await extractText('A drone attack claimed by Wagner hit Belgorod on Sunday.');
    expect(relation(en, 'LAUNCHED', 'organization:wagner')?.properties.attribution).toBe('claimed');
    const fr = await extractText('Une attaque de drones attribuée à Kiev a visé Belgorod dimanche.');
    expect(relation(fr, 'LAUNCHED', 'country:UA')?.properties.attribution).toBe('attributed');
  });
  it('reads "57 of the 74 drones" and "38 des 45 drones" as intercepted and launched', async () => {
    const [en] = await attacks(
      'Ukraine said it shot down 57 of the 74 drones launched by Russia over Kharkiv overnight.',
    );
    expect(en?.properties).toMatchObject({ intercepted: 57, launched: 74 });
    const [fr] = await attacks(
      "L'Ukraine a abattu 38 des 45 drones lancés par la Russie sur Odessa dans la nuit.",
    );
    expect(fr?.properties).toMatchObject({ intercepted: 38, launched: 45 });
  });
  it('takes each count from the weapon nearest its verb: launched 150, downed 120', async () => {
    const [attack] = await attacks(
      'Russia launched 150 drones at Ukraine overnight, the air force said, adding that 120 drones were downed.',
    );
    expect(attack?.properties).toMatchObject({ launched: 150, intercepted: 120 });
  });
});
