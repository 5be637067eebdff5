import { describe, expect, it } from 'vitest';
import { readCoreNlpJson } from './read-corenlp-json.ts';

const token = (index: number, word: string, begin: number, pos: string, lemma = word.toLowerCase()) => ({
  index,
  word,
  originalText: word,
  lemma,
  pos,
  characterOffsetBegin: begin,
  characterOffsetEnd: begin + word.length,
});
const arc = (dep: string, governor: number, dependent: number) => ({ dep, governor, dependent });

describe('readCoreNlpJson', () => {
  it('reads words with UD tags, lemmas, heads and offsets from an English (PTB-tagged) parse', () => {
    const parse = readCoreNlpJson({
      sentences: [
        {
          tokens: [
            token(1, 'Kyiv', 0, 'NNP', 'Kyiv'),
            token(2, 'has', 5, 'VBZ', 'have'),
            token(3, 'signed', 9, 'VBN', 'sign'),
          ],
          basicDependencies: [arc('ROOT', 0, 3), arc('nsubj', 3, 1), arc('aux', 3, 2)],
        },
      ],
    });
    expect(parse.words).toEqual([
      { id: 1, form: 'Kyiv', lemma: 'Kyiv', pos: 'PROPN', head: 3, deprel: 'nsubj', start: 0, end: 4 },
      { id: 2, form: 'has', lemma: 'have', pos: 'AUX', head: 3, deprel: 'aux', start: 5, end: 8 },
      { id: 3, form: 'signed', lemma: 'sign', pos: 'VERB', head: 0, deprel: 'root', start: 9, end: 15 },
    ]);
  });

  it('keeps the span of a French multi-word token on both of its words', () => {
    // "aux Alliés": CoreNLP's mwt splits "aux" into à + les, both at 0–3.
    const parse = readCoreNlpJson({
      sentences: [
        {
          tokens: [
            { ...token(1, 'à', 0, 'ADP'), characterOffsetEnd: 3 },
            { ...token(2, 'les', 0, 'DET'), characterOffsetEnd: 3 },
            token(3, 'Alliés', 4, 'PROPN'),
          ],
          basicDependencies: [arc('ROOT', 0, 3), arc('case', 3, 1), arc('det', 3, 2)],
        },
      ],
    });
    expect(parse.words.map((w) => [w.form, w.pos, w.start, w.end])).toEqual([
      ['à', 'ADP', 0, 3],
      ['les', 'DET', 0, 3],
      ['Alliés', 'PROPN', 4, 10],
    ]);
  });

  it('merges sentences split despite isOneSentence: ids and heads renumbered, later roots under the first', () => {
    const parse = readCoreNlpJson({
      sentences: [
        {
          tokens: [token(1, 'Talks', 0, 'NNS'), token(2, 'ended', 6, 'VBD')],
          basicDependencies: [arc('ROOT', 0, 2), arc('nsubj', 2, 1)],
        },
        {
          tokens: [token(1, 'Kyiv', 13, 'NNP'), token(2, 'signed', 18, 'VBD')],
          basicDependencies: [arc('ROOT', 0, 2), arc('nsubj', 2, 1)],
        },
      ],
    });
    expect(parse.words.map((w) => [w.id, w.form, w.head, w.deprel])).toEqual([
      [1, 'Talks', 2, 'nsubj'],
      [2, 'ended', 0, 'root'],
      [3, 'Kyiv', 4, 'nsubj'],
      [4, 'signed', 2, 'parataxis'],
    ]);
  });

  it('says what is missing from an answer that is not a parse', () => {
    expect(() => readCoreNlpJson({ error: 'x' })).toThrow('the response has no "sentences" array');
    expect(() => readCoreNlpJson({ sentences: [{}] })).toThrow('a sentence of the response has no "tokens"');
  });
});
