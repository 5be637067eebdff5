import { describe, expect, it } from 'vitest';
import { extractText, pairs } from '../../../test/fixtures/extract-text.ts';

const events = async (text: string) =>
  (await extractText(text)).entities.filter((e) => e.type === 'Attack' || e.type === 'Agreement').length;

describe('events that did not happen, may happen or keep happening', () => {
  it('reads an asserted attack and an asserted signature in both languages', async () => {
    expect(await events('Russia fired missiles at Kharkiv on Monday.')).toBe(1);
    expect(await events('La Russie a tiré des missiles sur Kharkiv lundi.')).toBe(1);
    expect(await events("La Pologne et l'Ukraine ont signé lundi un accord de sécurité.")).toBe(1);
  });

  it('drops negated attacks and agreements', async () => {
    expect(await events('No missile was fired at Kharkiv on Monday.')).toBe(0);
    expect(await events("Aucun missile n'a été tiré sur Kharkiv lundi.")).toBe(0);
    expect(await events('Poland and Ukraine have not signed a security agreement.')).toBe(0);
    expect(await events("La Pologne et l'Ukraine n'ont pas signé d'accord de sécurité.")).toBe(0);
  });

  it('drops conditional and prospective attacks and agreements', async () => {
    expect(await events('Russia could strike Kharkiv again next week.')).toBe(0);
    expect(await events('La Russie pourrait frapper Kharkiv la semaine prochaine.')).toBe(0);
    expect(await events("En cas d'attaque contre la Pologne, l'Allemagne répondra.")).toBe(0);
    expect(await events('Russia threatened to attack Odesa.')).toBe(0);
    expect(await events('Poland and Ukraine could sign a security agreement next year.')).toBe(0);
  });

  it('drops a repeated series as a dated event', async () => {
    expect(await events('The repeated bombardments of Kharkiv have destroyed the city centre.')).toBe(0);
    expect(await events('Les bombardements quotidiens de Kharkiv ont détruit le centre.')).toBe(0);
  });

  it('keeps what a negated word elsewhere in the sentence does not touch', async () => {
    const doc = await extractText(
      'Russia launched drones at Odesa on Monday, but no one was hurt, the governor said.',
    );
    expect(pairs(doc, 'TARGETED').map((p) => p.split('>')[1])).toEqual(['place:odesa']);
  });
});
