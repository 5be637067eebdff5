import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';

describe('segment', () => {
  it('gives sentences with offsets into the text', () => {
    const text =
      'Le ministre est arrivé. Il a parlé longtemps.\n\nThe minister left early. He said nothing at all.';
    const sentences = segment(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Le ministre est arrivé.',
      'Il a parlé longtemps.',
      'The minister left early.',
      'He said nothing at all.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('detects the language of each paragraph', () => {
    const text =
      'Le gouvernement français a annoncé hier une nouvelle série de mesures pour les agriculteurs.\n\n' +
      'The British government announced a new set of measures for farmers on Tuesday evening.';
    expect(segment(text).map((s) => s.language)).toEqual(['fr', 'en']);
  });

  it('joins a piece that starts in lower case to the sentence before it', () => {
    const sentences = segment(
      'Les drones ont visé la République. de Crimée et la côte. Puis ils sont partis.',
    );
    expect(sentences[0]!.text).toBe('Les drones ont visé la République. de Crimée et la côte.');
  });

  it('marks calls to follow or subscribe as boilerplate', () => {
    expect(segment('Suivez les dernières informations en direct.')[0]!.boilerplate).toBe(true);
  });
});

describe('abbreviations and initials', () => {
  const texts = (text: string) => segment(text).map((s) => s.text);

  it('does not break after titles, ranks, months and numbers', () => {
    expect(
      texts('Gen. Mark Milley met Lt. Col. Smith and Dr. Jones in St. Louis on Jan. 5. It rained.'),
    ).toEqual(['Gen. Mark Milley met Lt. Col. Smith and Dr. Jones in St. Louis on Jan. 5.', 'It rained.']);
    expect(texts('The minister said No. 10 Downing Street had not been told about it.')).toHaveLength(1);
  });

  it('does not break after "M." or "Mme" in French', () => {
    expect(texts('Le président M. Macron a reçu Mme Dupont et M. Le Drian. Puis il est parti.')).toEqual([
      'Le président M. Macron a reçu Mme Dupont et M. Le Drian.',
      'Puis il est parti.',
    ]);
  });

  it('does not break after "U.S." or "U.K." inside a sentence, but does when a new sentence opens', () => {
    expect(texts('The U.S. Army and U.K. Royal Navy sent ships to the Red Sea on Monday.')).toHaveLength(1);
    expect(texts('Sanctions were imposed by the U.S. The Kremlin said nothing about them.')).toEqual([
      'Sanctions were imposed by the U.S.',
      'The Kremlin said nothing about them.',
    ]);
  });

  it('does not break after initials', () => {
    expect(texts('John F. Kennedy was shot in Dallas in 1963. J. R. R. Tolkien wrote books.')).toEqual([
      'John F. Kennedy was shot in Dallas in 1963.',
      'J. R. R. Tolkien wrote books.',
    ]);
  });

  it('keeps offsets into the text when pieces are joined', () => {
    const text = 'Le ministre a reçu M. Dupont hier soir à Paris.\n\nGen. Smith left for the U.S. Army base.';
    for (const s of segment(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segment(text)).toHaveLength(2);
  });
});

describe('long paragraphs', () => {
  const sentences = [
    'Le ministre des Affaires étrangères a rencontré son homologue polonais à Varsovie mardi matin.',
    'The two delegations discussed energy security and the reconstruction of the power grid.',
    'Selon le porte-parole, les négociations reprendront au début du mois prochain à Bruxelles.',
    'Officials said the agreement would be signed before the end of the year, if all went well.',
  ];
  const paragraph = (chars: number) => {
    const parts: string[] = [];
    for (let i = 0, n = 0; n < chars; i++) {
      parts.push(sentences[i % sentences.length]!);
      n += parts.at(-1)!.length + 1;
    }
    return parts;
  };

  it('finds the same sentences across the windows the segmenter is fed', () => {
    const parts = paragraph(30_000);
    const text = parts.join(' ');
    const found = segment(text);
    expect(found.map((s) => s.text)).toEqual(parts);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a sentence longer than a window whole', () => {
    const long = `${'Le ministre a parlé longtemps devant les députés et '.repeat(200)}puis il est parti.`;
    const text = `${long} Le texte continue ensuite.`;
    expect(segment(text).map((s) => s.text)).toEqual([long, 'Le texte continue ensuite.']);
  });

  it('segments a one-paragraph text of a megabyte in linear time', () => {
    const text = paragraph(1_000_000).join(' ');
    const started = performance.now();
    expect(segment(text).length).toBeGreaterThan(10_000);
    // Was about 15 s when Intl.Segmenter was given the whole paragraph at once (quadratic); now well under 1 s.
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 20_000);
});
