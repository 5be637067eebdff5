// The CoreNLP client against the run's real CoreNLP server (started and warmed by the global setup):
// subjects, coordination, objects and offsets in English and French, multi-word tokens, and the cache.
import { describe, expect, inject, it } from 'vitest';
import { cachedParser } from '../../server/ingest/parse/cached-parser.ts';
import type { ParsedWord, ParseRequest, SentenceParse } from '../../server/ingest/parse/parser.ts';
import { createCoreNlpParser } from '../../server/nlp-local/index.ts';

const parser = () => createCoreNlpParser({ url: inject('nlpUrl') });

/** The word spelled `form` (the first of them). */
function word(parse: SentenceParse, form: string): ParsedWord {
  const found = parse.words.find((w) => w.form === form);
  if (!found) throw new Error(`no word "${form}" in ${parse.words.map((w) => w.form).join(' ')}`);
  return found;
}

/** `dependent` is attached to `head` by `deprel`. */
function expectArc(parse: SentenceParse, head: string, deprel: string, dependent: string): void {
  expect({ deprel: word(parse, dependent).deprel, head: word(parse, dependent).head }).toEqual({
    deprel,
    head: word(parse, head).id,
  });
}

const english = 'Poland and Ukraine signed a security agreement in Warsaw on Monday.';
const french = "La Pologne et l'Ukraine ont signé lundi à Varsovie un accord de sécurité.";

describe('the CoreNLP parser', () => {
  it('parses coordinated subjects, the object and the date of an English sentence', async () => {
    const [parse] = await parser().parse([{ language: 'en', text: english }]);
    expect(word(parse!, 'signed')).toMatchObject({ deprel: 'root', head: 0, pos: 'VERB', lemma: 'sign' });
    expectArc(parse!, 'signed', 'nsubj', 'Poland');
    expectArc(parse!, 'Poland', 'conj', 'Ukraine');
    expectArc(parse!, 'Ukraine', 'cc', 'and');
    expectArc(parse!, 'signed', 'obj', 'agreement');
    expectArc(parse!, 'signed', 'obl', 'Monday');
    expect(word(parse!, 'Poland').pos).toBe('PROPN');
  });

  it('parses the same structure in French, with Universal tags', async () => {
    const [parse] = await parser().parse([{ language: 'fr', text: french }]);
    expect(word(parse!, 'signé')).toMatchObject({ deprel: 'root', head: 0, pos: 'VERB' });
    expectArc(parse!, 'signé', 'nsubj', 'Pologne');
    expectArc(parse!, 'Pologne', 'conj', 'Ukraine');
    expectArc(parse!, 'signé', 'obj', 'accord');
    expectArc(parse!, 'signé', 'obl', 'Varsovie');
    expect(word(parse!, 'ont').pos).toBe('AUX');
  });

  it('gives offsets into the request text, which slice out each word', async () => {
    const text = 'Zelensky’s envoy said “peace” was near — 100% sure.';
    const parses = await parser().parse([
      { language: 'en', text },
      { language: 'fr', text: french },
    ]);
    for (const [i, source] of [text, french].entries()) {
      expect(parses[i]!.words.length).toBeGreaterThan(5);
      for (const w of parses[i]!.words) expect(source.slice(w.start, w.end)).toBe(w.form);
    }
  });

  it('splits French contractions into their words, each carrying the contraction’s span', async () => {
    const text = 'Le soutien du Canada aux forces ukrainiennes a été annoncé.';
    const [parse] = await parser().parse([{ language: 'fr', text }]);
    const spans = parse!.words.map((w) => [w.form, text.slice(w.start, w.end)]);
    expect(spans).toContainEqual(['de', 'du']);
    expect(spans).toContainEqual(['le', 'du']);
    expect(spans).toContainEqual(['à', 'aux']);
    expect(spans).toContainEqual(['les', 'aux']);
    expect(parse!.words.map((w) => w.id)).toEqual(parse!.words.map((_, i) => i + 1));
    expectArc(parse!, 'soutien', 'nmod', 'Canada');
  });

  it('reads a request holding two sentences as one tree with a single root', async () => {
    const [parse] = await parser().parse([{ language: 'en', text: 'Talks ended. Kyiv signed the deal.' }]);
    expect(parse!.words.filter((w) => w.head === 0)).toHaveLength(1);
    expect(parse!.words.map((w) => w.id)).toEqual(parse!.words.map((_, i) => i + 1));
    for (const w of parse!.words) expect(w.head).toBeLessThanOrEqual(parse!.words.length);
  });

  it('answers a batch in order through the cache, parsing each distinct sentence once', async () => {
    let sent = 0;
    const inner = parser();
    const counting = {
      parse: (requests: readonly ParseRequest[]) => {
        sent += requests.length;
        return inner.parse(requests);
      },
    };
    const cached = cachedParser(counting);
    const batch: ParseRequest[] = [
      { language: 'en', text: english },
      { language: 'fr', text: french },
      { language: 'en', text: english },
      { language: 'en', text: 'Russia launched 40 drones at Odesa overnight.' },
    ];
    const parses = await cached.parse(batch);
    expect(parses.map((p) => p.words[0]!.form)).toEqual(['Poland', 'La', 'Poland', 'Russia']);
    await cached.parse(batch);
    expect(sent).toBe(3);
  });
});
