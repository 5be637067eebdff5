import { describe, expect, it } from 'vitest';
import { udPos } from './ud-pos.ts';

describe('udPos', () => {
  it('keeps Universal tags (the French models) as they are', () => {
    expect(udPos('PROPN', 'nsubj')).toBe('PROPN');
    expect(udPos('AUX', 'aux')).toBe('AUX');
  });

  it('maps Penn Treebank tags (the English models) to Universal ones', () => {
    expect([udPos('NNP', 'nsubj'), udPos('VBD', 'root'), udPos('NNS', 'obj'), udPos('.', 'punct')]).toEqual([
      'PROPN',
      'VERB',
      'NOUN',
      'PUNCT',
    ]);
  });

  it('uses the relation where the tag alone is ambiguous', () => {
    expect(udPos('VBZ', 'aux')).toBe('AUX');
    expect(udPos('VBD', 'cop')).toBe('AUX');
    expect(udPos('MD', 'aux')).toBe('AUX');
    expect(udPos('IN', 'mark')).toBe('SCONJ');
    expect(udPos('IN', 'case')).toBe('ADP');
    expect(udPos('TO', 'mark')).toBe('PART');
    expect(udPos('TO', 'case')).toBe('ADP');
    expect(udPos('DT', 'nsubj')).toBe('PRON');
    expect(udPos('WDT', 'det')).toBe('DET');
  });

  it('keeps a tag it does not know', () => {
    expect(udPos('ZZZ', 'dep')).toBe('ZZZ');
  });
});
