import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.ts';

// Friday 14 June 2024.
const PUBLISHED = '2024-06-14';
const dates = (text: string, language: 'fr' | 'en' = 'fr', published: string | null = PUBLISHED) =>
  findDates(text, language, published).map((d) => `${d.date}/${d.precision}`);

describe('findDates', () => {
  it('reads "hier", "aujourd\'hui", "yesterday" against the publication day', () => {
    expect(dates("L'accord a été signé hier.")).toEqual(['2024-06-13/day']);
    expect(dates('The deal was signed yesterday.', 'en')).toEqual(['2024-06-13/day']);
    expect(dates("Ils se sont vus aujourd'hui.")).toEqual(['2024-06-14/day']);
  });

  it('reads a bare weekday as the latest such day on or before publication', () => {
    expect(dates('Le vote a eu lieu samedi.')).toEqual(['2024-06-08/day']);
    expect(dates('Il a parlé ce vendredi.')).toEqual(['2024-06-14/day']);
    expect(dates('The strike came on Tuesday.', 'en')).toEqual(['2024-06-11/day']);
    expect(dates('Il a parlé mardi matin.')).toEqual(['2024-06-11/day']);
  });

  it('reads "dans la nuit" and "overnight" as the night before publication', () => {
    expect(dates('Des drones ont été abattus dans la nuit.')).toEqual(['2024-06-13/day']);
    expect(dates('Drones were shot down overnight.', 'en')).toEqual(['2024-06-13/day']);
  });

  it('reads the night from one weekday to the next as the first of them', () => {
    expect(dates('Les députés ont voté dans la nuit de mercredi à jeudi.')).toContain('2024-06-12/day');
    expect(dates('Deputies voted in the night from Wednesday to Thursday.', 'en')).toContain(
      '2024-06-12/day',
    );
  });

  it('reads a month alone as the latest such month, with month precision', () => {
    expect(dates('Le traité a été signé en août.')).toEqual(['2023-08/month']);
    expect(dates('It was signed in May.', 'en')).toEqual(['2024-05/month']);
    expect(dates('Signé en août 2021 à Paris.')).toEqual(['2021-08/month']);
  });

  it('reads written dates through chrono, putting a yearless date before publication', () => {
    expect(dates('Le 12 janvier 2024, les ministres se sont réunis.')).toEqual(['2024-01-12/day']);
    expect(dates('On March 3, 2022 the talks began.', 'en')).toEqual(['2022-03-03/day']);
    expect(dates('Le 20 décembre, les ministres se sont réunis.')).toEqual(['2023-12-20/day']);
  });

  it('reads a year alone with year precision', () => {
    expect(dates('Le pays a rejoint l’alliance en 2004.')).toEqual(['2004/year']);
  });

  it('ignores relative spans such as "two days after"', () => {
    expect(dates('These strikes came two days after the largest attack.', 'en')).toEqual([]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(dates('Signé hier, samedi, dans la nuit.', 'fr', null)).toEqual([]);
    expect(dates('Le 12 janvier 2024 il a signé.', 'fr', null)).toEqual(['2024-01-12/day']);
  });
});

describe('nights spanning two weekdays', () => {
  it('dates "dans la nuit de mardi à mercredi" to the Tuesday', () => {
    expect(
      dates('Dans la nuit de mardi à mercredi, des drones ont visé la ville.', 'fr', '2024-06-12'),
    ).toEqual(['2024-06-11/day']);
  });
});

describe('weekdays of what is to come', () => {
  it('reads a weekday forward when the sentence speaks of the future', () => {
    expect(dates('Le ministre doit rencontrer mercredi son homologue.')).toEqual(['2024-06-19/day']);
    expect(dates('The ministers will meet on Monday.', 'en')).toEqual(['2024-06-17/day']);
  });
  it('reads "last week", "le mois dernier", "l\'an dernier" as the period before publication', () => {
    expect(dates('They spoke last week.', 'en')).toEqual(['2024-06/month']);
    expect(dates('They spoke last week.', 'en', '2025-01-03')).toEqual(['2024-12/month']);
    expect(dates('Le traité a été signé le mois dernier.')).toEqual(['2024-05/month']);
    expect(dates("L'accord signé l'an dernier.")).toEqual(['2023/year']);
  });

  it('gives no date to a 29 February that moving back a year would put in a common year', () => {
    expect(dates('Le 29 février, Kyiv a été frappée.', 'fr', '2024-01-10')).toEqual([]);
    expect(dates('Le 29 février, Kyiv a été frappée.', 'fr', '2024-03-10')).toEqual(['2024-02-29/day']);
  });
});
