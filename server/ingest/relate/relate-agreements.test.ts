import { describe, expect, it } from 'vitest';
import { extractText, pairs, relation } from '../../../test/fixtures/extract-text.ts';

const agreements = async (text: string, published = '2024-06-14') =>
  (await extractText(text, published)).entities.filter((e) => e.type === 'Agreement');

describe('agreement frames', () => {
  it('reads that an agreement entered into force, in French and in English', async () => {
    const fr = await agreements("L'accord entre la France et l'Ukraine est entré en vigueur le 1er mars.");
    expect(fr[0]?.properties.status).toBe('in force');
    const en = await agreements(
      'The security agreement between Poland and Ukraine entered into force on May 3.',
    );
    expect(en[0]?.properties.status).toBe('in force');
  });

  it('reads when an agreement ends: a year, or the condition as the text gives it', async () => {
    const fr = await agreements(
      "La France et l'Ukraine ont signé un accord de sécurité valable jusqu'en 2034.",
    );
    expect(fr[0]?.properties).toMatchObject({ until: '2034', untilCondition: null });
    const en = await agreements(
      'Germany signed a security agreement with Ukraine that holds until Ukraine joins the alliance.',
    );
    expect(en[0]?.properties).toMatchObject({
      until: null,
      untilCondition: 'until Ukraine joins the alliance',
    });
  });

  it('reads a suspension, and does not read "air force" as a status', async () => {
    const suspended = await agreements(
      "L'accord entre la Russie et l'Ukraine sur les céréales a été suspendu lundi.",
    );
    expect(suspended[0]?.properties.status).toBe('suspended');
    const signed = await agreements(
      "Poland's air force commander signed an agreement with Ukraine on Monday.",
    );
    expect(signed[0]?.properties.status).toBe('signed');
  });

  it('reads a French signature: parties, signers, kind, duration, date and venue', async () => {
    const doc = await extractText(
      "Emmanuel Macron et Olaf Scholz ont signé hier à Varsovie un accord de défense de 15 ans entre la France et l'Allemagne.",
    );
    const [agreement] = doc.entities.filter((e) => e.type === 'Agreement');
    expect(agreement?.properties).toMatchObject({
      kind: 'security',
      status: 'signed',
      durationYears: 15,
      signedOn: '2024-06-13',
    });
    expect(pairs(doc, 'PARTY_TO')).toEqual([`country:DE>${agreement!.id}`, `country:FR>${agreement!.id}`]);
    expect(pairs(doc, 'SIGNED')).toEqual([
      `official:emmanuel-macron>${agreement!.id}`,
      `official:olaf-scholz>${agreement!.id}`,
    ]);
    expect(relation(doc, 'SIGNED', 'official:olaf-scholz')?.date).toBe('2024-06-13');
  });

  it('reads an English signature with a written date', async () => {
    const doc = await extractText('Poland and Ukraine signed a 10-year security agreement on May 2, 2024.');
    const [agreement] = doc.entities.filter((e) => e.type === 'Agreement');
    expect(agreement?.properties).toMatchObject({
      kind: 'security',
      status: 'signed',
      durationYears: 10,
      date: '2024-05-02',
    });
    expect(pairs(doc, 'PARTY_TO')).toHaveLength(2);
  });

  it('opens one bilateral agreement per partner after "a signé des accords avec X, Y et Z"', async () => {
    const found = await agreements(
      "L'Ukraine a signé des accords de sécurité avec la Pologne, la France et l'Allemagne.",
    );
    expect(found.map((a) => a.id)).toEqual([
      'agreement:security-de-ua-2024',
      'agreement:security-fr-ua-2024',
      'agreement:security-pl-ua-2024',
    ]);
  });

  it('gives "such agreements" the kind of the agreement just told', async () => {
    const found = await agreements(
      'Ukraine and the United States are working on a security agreement. Kyiv has signed such agreements with Germany, France and Poland.',
    );
    expect(found.map((a) => a.id)).toContain('agreement:security-pl-ua-2024');
    expect(found.map((a) => a.id)).toContain('agreement:security-ua-us-2024');
  });

  it('points "l\'accord" and "this agreement" back to the agreement told before', async () => {
    const doc = await extractText(
      "La France et l'Allemagne négocient un traité de coopération. L'accord a été signé hier. This agreement is historic.",
    );
    const found = doc.entities.filter((e) => e.type === 'Agreement');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties).toMatchObject({ status: 'signed', signedOn: '2024-06-13' });
  });

  it('keeps the venue out of the parties: "au sommet de l\'OTAN"', async () => {
    const doc = await extractText("La Pologne et l'Ukraine ont signé un pacte au sommet de l'OTAN.");
    expect(pairs(doc, 'PARTY_TO').map((p) => p.split('>')[0])).toEqual(['country:PL', 'country:UA']);
  });

  it('takes the parties from the officials when the sentence names no country', async () => {
    expect(
      (await agreements('Emmanuel Macron et Olaf Scholz ont conclu un accord de coopération.')).map(
        (a) => a.id,
      ),
    ).toEqual(['agreement:other-de-fr-2024']);
  });

  it('reads talks as negotiation and records who negotiates, not who announces them', async () => {
    const doc = await extractText(
      'Volodymyr Zelensky a annoncé que Kyiv et Washington travaillent sur un accord de sécurité.',
    );
    const [agreement] = doc.entities.filter((e) => e.type === 'Agreement');
    expect(agreement?.properties.status).toBe('negotiating');
    expect(pairs(doc, 'PARTY_TO')).toEqual([`country:UA>${agreement!.id}`, `country:US>${agreement!.id}`]);
    expect(pairs(doc, 'NEGOTIATED')).toEqual([]);
    const talks = await extractText('Volodymyr Zelensky négocie avec Washington un accord de sécurité.');
    const [negotiated] = talks.entities.filter((e) => e.type === 'Agreement');
    expect(pairs(talks, 'NEGOTIATED')).toEqual([`official:volodymyr-zelensky>${negotiated!.id}`]);
  });

  it('does not take a speaker for a signer', async () => {
    const doc = await extractText(
      "« Nous avons signé l'accord-cadre avec la Pologne », a déclaré Emmanuel Macron.",
    );
    expect(pairs(doc, 'SIGNED')).toEqual([]);
  });

  it('ignores "d\'accord", "en accord avec" and conditional talk', async () => {
    expect(await agreements("La France et l'Allemagne sont d'accord sur ce point.")).toEqual([]);
    expect(await agreements("La Pologne agit en accord avec l'Allemagne.")).toEqual([]);
    expect(await agreements("La Pologne et l'Ukraine pourraient signer un accord.")).toEqual([]);
  });

  it('merges April talks and a June signature of one pact into one agreement', async () => {
    const { mergeDocuments } = await import('../graph/merge-documents.ts');
    const april = await extractText(
      "La Pologne et l'Ukraine négocient un accord de sécurité.",
      '2024-04-10',
      'april',
    );
    const june = await extractText(
      "La Pologne et l'Ukraine ont signé hier un accord de sécurité.",
      '2024-06-14',
      'june',
    );
    const merged = mergeDocuments([april, june]);
    const found = merged.entities.filter((e) => e.type === 'Agreement');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties.status).toBe('signed');
    const party = merged.relations.find((r) => r.type === 'PARTY_TO' && r.from === 'country:PL')!;
    expect(party.sources.map((s) => s.articleId)).toEqual(['april', 'june']);
    expect(party.date).toBe('2024-06-13');
  });
});

describe('agreements of the same kind', () => {
  it('gives "such a pact" and "a similar deal" the kind told before', async () => {
    const found = await agreements(
      'France and Ukraine signed a security agreement on Friday. Germany signed a similar deal with Kyiv. Poland signed such a pact with Ukraine.',
    );
    expect(found.map((a) => a.id).sort()).toEqual([
      'agreement:security-de-ua-2024',
      'agreement:security-fr-ua-2024',
      'agreement:security-pl-ua-2024',
    ]);
  });
});

describe('definite agreements told first', () => {
  it('opens an agreement from "the agreement" when the sentence names two parties', async () => {
    const found = await agreements(
      'The agreement, reached by Poland and Germany in July 2022, allowed Ukraine to export grain.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.properties.date).toBe('2022-07');
  });

  it('accepts "deal" with its determiner a few words before: "the Black Sea grain deal"', async () => {
    expect(await agreements('Poland and Ukraine revived the old grain deal on Monday.')).toHaveLength(1);
  });
});

describe('consent is not an agreement', () => {
  it('ignores "a donné son accord", "d\'un commun accord" and "in agreement with"', async () => {
    expect(await agreements("La Pologne a donné son accord à l'adhésion de l'Ukraine à l'OTAN.")).toEqual([]);
    expect(
      await agreements("La France et l'Allemagne ont décidé d'un commun accord de reporter le sommet."),
    ).toEqual([]);
    expect(await agreements('Poland acted in agreement with Germany and France.')).toEqual([]);
  });
});

describe('parties named by demonyms', () => {
  it('reads the countries of "the Polish-Ukrainian agreement"', async () => {
    expect(
      (await agreements('The Polish-Ukrainian agreement was signed on Monday.')).map((a) => a.id),
    ).toEqual(['agreement:other-pl-ua-2024']);
  });
});

describe('agreements named after a city', () => {
  it('does not take the city of "les accords de Varsovie" for a party', async () => {
    const doc = await extractText("La France et l'Allemagne ont signé les accords de Varsovie en 2015.");
    expect(pairs(doc, 'PARTY_TO').map((p) => p.split('>')[0])).toEqual(['country:DE', 'country:FR']);
  });
});

describe('signers after "signé par" and "signed by"', () => {
  it('reads the officials after the participle as signers', async () => {
    const doc = await extractText(
      'The pact between France and Germany was signed by Emmanuel Macron and Olaf Scholz on Monday.',
    );
    expect(pairs(doc, 'SIGNED').map((p) => p.split('>')[0])).toEqual([
      'official:emmanuel-macron',
      'official:olaf-scholz',
    ]);
  });
});

describe('conditional words far from the agreement', () => {
  it('keeps an agreement whose sentence speaks of the future elsewhere', async () => {
    expect(
      await agreements(
        'Poland and Ukraine signed a grain deal on Wednesday, giving both sides a share of future revenues.',
      ),
    ).toHaveLength(1);
  });
});

describe('reported signatures', () => {
  it('does not make a signer of the official who reports it', async () => {
    const doc = await extractText(
      'Emmanuel Macron said Poland and Ukraine signed a security pact on Monday.',
    );
    expect(pairs(doc, 'SIGNED')).toEqual([]);
    expect(pairs(doc, 'PARTY_TO')).toHaveLength(2);
  });
  it('leaves mediators and the state that presses out of the parties', async () => {
    const doc = await extractText(
      "Un accord de cessez-le-feu entre la Russie et l'Ukraine, sous l'égide de la France et de la Pologne, est entré en vigueur dimanche.",
    );
    expect(pairs(doc, 'PARTY_TO').map((p) => p.split('>')[0])).toEqual(['country:RU', 'country:UA']);
    const en = await extractText(
      'Poland and Germany signed a defence agreement on Monday, as both face growing pressure from Russia.',
    );
    expect(pairs(en, 'PARTY_TO').map((p) => p.split('>')[0])).toEqual(['country:DE', 'country:PL']);
  });
  it('reads the signers after "signed in <city> by", each with a title, and "the two signed"', async () => {
    const doc = await extractText(
      'Poland and France signed a defence pact on Monday. The pact was signed in Warsaw by Polish Foreign Minister Radoslaw Sikorski and French Defence Minister Sébastien Lecornu, in the presence of Emmanuel Macron.',
    );
    expect(pairs(doc, 'SIGNED').map((p) => p.split('>')[0])).toEqual([
      'official:radoslaw-sikorski',
      'official:sebastien-lecornu',
    ]);
    const fr = await extractText(
      "Emmanuel Macron a reçu Olaf Scholz à Paris, où les deux dirigeants ont signé un accord entre la France et l'Allemagne.",
    );
    expect(pairs(fr, 'SIGNED').map((p) => p.split('>')[0])).toEqual([
      'official:emmanuel-macron',
      'official:olaf-scholz',
    ]);
  });
  it('does not make the speakers parties to "the ceasefire in <place>" they discuss', async () => {
    expect(
      await agreements(
        'Emmanuel Macron spoke by phone with Olaf Scholz on Monday, the Elysée said, discussing the ceasefire in Odesa.',
      ),
    ).toEqual([]);
    expect(
      (await agreements("La Pologne et l'Allemagne ont signé lundi le cessez-le-feu à Odessa.")).map(
        (a) => a.properties.kind,
      ),
    ).toEqual(['ceasefire']);
  });
  it('attaches "l\'accord" named before any agreement only in the lede, not deep in the article', async () => {
    const doc = await extractText(
      "Un sommet à Varsovie.\n\nLes dirigeants se sont réunis.\n\nLe climat était tendu.\n\nEmmanuel Macron a discuté avec Olaf Scholz de l'accord de cessez-le-feu.\n\nLa Russie et l'Ukraine ont signé mardi un accord de cessez-le-feu.",
    );
    expect(pairs(doc, 'NEGOTIATED')).toEqual([]);
    expect(pairs(doc, 'PARTY_TO')).toHaveLength(2);
  });
});

describe('references to an agreement by its text', () => {
  it('reads the signers of "the document" told after the agreement, and opens nothing with it alone', async () => {
    const doc = await extractText(
      "La France et l'Allemagne ont conclu un accord de défense. Le document a été signé à Varsovie par Emmanuel Macron et Olaf Scholz.",
    );
    const [agreement] = doc.entities.filter((e) => e.type === 'Agreement');
    expect(pairs(doc, 'SIGNED')).toEqual([
      `official:emmanuel-macron>${agreement!.id}`,
      `official:olaf-scholz>${agreement!.id}`,
    ]);
    expect(await agreements('The document was signed by France and Germany on Monday.')).toEqual([]);
  });
});
