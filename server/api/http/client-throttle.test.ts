import { describe, expect, it } from 'vitest';
import { createClientThrottle } from './client-throttle.ts';

function throttleAt() {
  let t = 0;
  const throttle = createClientThrottle({ burst: 100, perSecond: 50, maxWaitMs: 3_000, now: () => t });
  return { throttle, advance: (ms: number) => (t += ms) };
}

describe('createClientThrottle', () => {
  it('lets a burst through at once, then spaces a client’s requests by the refill rate', () => {
    const { throttle } = throttleAt();
    expect(throttle.admit('a', 100)).toEqual({ ok: true, waitMs: 0 });
    expect(throttle.admit('a', 50)).toEqual({ ok: true, waitMs: 1_000 });
    expect(throttle.admit('a', 50)).toEqual({ ok: true, waitMs: 2_000 });
  });

  it('refuses a request that would wait longer than the limit, and says when to retry', () => {
    const { throttle } = throttleAt();
    throttle.admit('a', 100);
    throttle.admit('a', 100);
    const refused = throttle.admit('a', 100);
    expect(refused).toEqual({ ok: false, retryAfterMs: 4_000 });
  });

  it('keeps each client’s budget apart and refills it with time', () => {
    const { throttle, advance } = throttleAt();
    throttle.admit('a', 100);
    expect(throttle.admit('b', 100)).toEqual({ ok: true, waitMs: 0 });
    advance(2_000);
    expect(throttle.admit('a', 100)).toEqual({ ok: true, waitMs: 0 });
  });
});
