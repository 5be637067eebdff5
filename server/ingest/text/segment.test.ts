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
