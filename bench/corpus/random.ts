/** A small seeded PRNG (mulberry32): the same seed always gives the same corpus. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Two distinct items. */
  pair<T>(items: readonly T[]): [T, T];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const pair = <T>(items: readonly T[]): [T, T] => {
    const first = int(0, items.length - 1);
    const second = (first + int(1, items.length - 1)) % items.length;
    return [items[first]!, items[second]!];
  };
  return { next, int, pick, pair };
}
