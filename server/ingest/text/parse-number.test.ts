import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';
import { tokenize } from './tokenize.ts';

const read = (text: string) => parseNumber(tokenize(text), 0, text)?.value ?? null;

describe('parseNumber', () => {
  it('reads digits, thousands with spaces and decimals', () => {
    expect(read('87 drones')).toBe(87);
    expect(read('1 500 soldats')).toBe(1500);
    expect(read('1,5 milliard')).toBe(1.5e9);
  });

  it('reads French number words and compounds', () => {
    expect(read('soixante-dix drones')).toBe(70);
    expect(read('quatre-vingt-dix missiles')).toBe(90);
    expect(read('vingt et un morts')).toBe(21);
    expect(read('deux cents obus')).toBe(200);
  });

  it('reads English number words and compounds', () => {
    expect(read('thirty-five drones')).toBe(35);
    expect(read('two hundred shells')).toBe(200);
  });

  it('scales by magnitude words', () => {
    expect(read('61 milliards de dollars')).toBe(61e9);
    expect(read('2 million euros')).toBe(2e6);
  });

  it('returns null when no number starts there', () => {
    expect(read('drones')).toBeNull();
  });
});

describe('approximate numbers', () => {
  it('reads "une cinquantaine" and "a dozen" as the round number', () => {
    expect(read('une cinquantaine de roquettes')).toBe(50);
    expect(read('une dizaine de drones')).toBe(10);
  });
});
