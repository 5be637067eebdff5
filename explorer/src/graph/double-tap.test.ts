import { describe, expect, it } from 'vitest';
import { isDoubleTap } from './double-tap.ts';

describe('isDoubleTap', () => {
  it('takes two quick taps on the same node as a double tap', () => {
    expect(isDoubleTap({ id: 'a', time: 1000 }, { id: 'a', time: 1150 })).toBe(true);
  });

  it('never takes two quick taps on different nodes as a double tap of the second', () => {
    expect(isDoubleTap({ id: 'a', time: 1000 }, { id: 'b', time: 1150 })).toBe(false);
  });

  it('takes slow taps as two single taps', () => {
    expect(isDoubleTap({ id: 'a', time: 1000 }, { id: 'a', time: 1600 })).toBe(false);
    expect(isDoubleTap(null, { id: 'a', time: 1000 })).toBe(false);
  });
});
