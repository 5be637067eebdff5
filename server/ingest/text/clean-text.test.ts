import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';

const body = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraphe ${i} avec assez de mots pour être du texte.`).join('\n');

describe('cleanText', () => {
  it('drops previous/next links, skip links, widgets and bylines', () => {
    const raw = [
      'Skip to content',
      'Le gouvernement a présenté son budget ce matin devant les députés.',
      'Suivez-nous sur les réseaux sociaux.',
      'Follow us on Google News',
      'Par Jeanne Dupont',
      'PREV Un autre sujet sans rapport',
      'NEXT Encore un autre sujet',
    ].join('\n');
    expect(cleanText(raw)).toBe('Le gouvernement a présenté son budget ce matin devant les députés.');
  });

  it('drops short labels and repeated lines but keeps the title', () => {
    const raw =
      'Titre court\n\nThe minister spoke to reporters on Monday morning.\nShare\nThe minister spoke to reporters on Monday morning.\nMembers only';
    expect(cleanText(raw)).toBe('Titre court\n\nThe minister spoke to reporters on Monday morning.');
  });

  it('cuts the teaser block that a "Lire aussi" or "Read more" heading opens near the end', () => {
    expect(
      cleanText(`${body(4)}\nLire aussi :\nUn autre article sur un autre sujet entièrement différent.`),
    ).not.toMatch(/autre sujet/);
    expect(cleanText(`${body(4)}\nRead more\nAnother story about something else entirely here.`)).not.toMatch(
      /something else/,
    );
  });

  it('drops an inline teaser line but keeps the text after it', () => {
    const raw = `${body(1)}\nÀ lire aussi : un autre article\nLe texte continue ensuite normalement ici.`;
    expect(cleanText(raw)).toMatch(/continue ensuite/);
    expect(cleanText(raw)).not.toMatch(/autre article/);
  });
});

describe('teasers in the middle of an article', () => {
  it('drops "Lire aussi | title" lines and keeps the article going', () => {
    const raw = `${body(2)}\nLire aussi | Un autre sujet\nLe récit reprend ensuite avec de nouveaux détails.`;
    expect(cleanText(raw)).not.toMatch(/autre sujet/);
    expect(cleanText(raw).split('\n\n')).toHaveLength(3);
  });
  it('drops the story titles listed under a "Lire aussi" heading mid-article, and keeps the prose after them', () => {
    const raw = [
      'La Pologne a signé mardi un accord de défense avec la Lituanie.',
      'Lire aussi',
      'Liban : ce que l’on sait des frappes sur Beyrouth',
      'Le texte prévoit des exercices communs dès le printemps prochain.',
      body(6),
    ].join('\n');
    const text = cleanText(raw);
    expect(text).not.toContain('Beyrouth');
    expect(text).toContain('Le texte prévoit des exercices communs');
  });
});

describe('white space and long lines', () => {
  it('turns every run of white space (tabs, no-break spaces) into one space', () => {
    expect(cleanText('Le  ministre\ta\u00a0parlé \t devant les députés mardi.')).toBe(
      'Le ministre a parlé devant les députés mardi.',
    );
  });

  it('still counts the words of short lines: labels go, short prose stays', () => {
    expect(cleanText('Le budget est voté.\nMembers  only\nIl a dit non.')).toBe(
      'Le budget est voté.\n\nIl a dit non.',
    );
  });

  it('cleans a one-paragraph text of 1.6 MB in linear time', () => {
    const line = 'Le ministre a rencontré son homologue polonais à Varsovie mardi matin. '.repeat(23_000);
    const started = performance.now();
    expect(cleanText(line).length).toBe(line.length - 1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
