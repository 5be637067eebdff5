import { describe, expect, it } from 'vitest';
import { hashString, seededRandom, withSeededRandom } from './seeded-random.ts';

describe('seeded randomness for layouts', () => {
  it('draws the same sequence from the same seed', () => {
    const a = seededRandom(hashString('country:UA'));
    const b = seededRandom(hashString('country:UA'));
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('restores Math.random after the work', () => {
    const original = Math.random;
    const drawn = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(drawn);
    expect(Math.random).toBe(original);
  });
});
