import { describe, expect, it } from 'vitest';
import { extractText } from '../../../test/fixtures/extract-text.ts';

const unlisted = async (text: string) =>
  (await extractText(text)).entities
    .filter((e) => e.type === 'Place' && !['place:kharkiv', 'place:odesa', 'place:kyiv'].includes(e.id))
    .map((e) => `${e.name}|${e.properties.country ?? ''}`)
    .sort();

describe('places the gazetteer does not know', () => {
  it('reads a name after a place noun: "le village de Kolomak", "the town of Bohodukhiv"', async () => {
    expect(await unlisted('Le village de Kolomak compte trois cents habitants.')).toEqual(['Kolomak|']);
    expect(await unlisted('Shells fell on the town of Bohodukhiv overnight.')).toEqual(['Bohodukhiv|']);
  });

  it('reads the unknown members of a list that names two known places', async () => {
    expect(await unlisted('Des convois sont passés par Kharkiv, Odesa et Kolomak dans la nuit.')).toEqual([
      'Kolomak|UA',
    ]);
  });

  it('reads a repeated locative after an installation: "ses camps à X et à Y"', async () => {
    expect(await unlisted("Ses camps à Kolomak et à Biriki-Were ont été renforcés, selon l'armée.")).toEqual([
      'Biriki-Were|',
      'Kolomak|',
    ]);
  });

  it('reads a country in brackets after the name', async () => {
    expect(await unlisted('Les rebelles ont pris Zolotchiv (Ukraine) la semaine dernière.')).toEqual([
      'Zolotchiv|UA',
    ]);
  });

  it('keeps every later occurrence of a found place', async () => {
    const doc = await extractText(
      'Le village de Kolomak compte trois cents habitants. Un habitant de Kolomak a parlé.',
    );
    expect(doc.mentions.filter((m) => m.entityId === 'place:kolomak')).toHaveLength(2);
  });

  it('does not take the people named after "In <city>," for places', async () => {
    expect(await unlisted('In Kharkiv, Ivan Petrov and Olena Koval said two people were killed.')).toEqual(
      [],
    );
    expect(await unlisted('Les habitants de Kiev, Jean Dupont et Marie Martin, ont témoigné.')).toEqual([]);
  });
});

describe('countries named by an adjective', () => {
  it('mentions the country of "Ukrainian officials" and "le ministre russe", not of "les Russes"', async () => {
    const ids = async (text: string) => (await extractText(text)).mentions.map((m) => m.entityId);
    expect(await ids('Ukrainian officials visited the depot.')).toContain('country:UA');
    expect(await ids('Le ministre russe a parlé.')).toContain('country:RU');
    expect(await ids('Les Russes ont voté.')).not.toContain('country:RU');
    expect(await ids('Ukrainians voted.')).not.toContain('country:UA');
  });
});
