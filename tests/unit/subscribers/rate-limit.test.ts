import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/lib/subscribers/rate-limit.ts';

const HOUR = 3_600_000;

describe('the rate limiter', () => {
  it('lets N requests through in the window, refuses the next, per key', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: HOUR });
    expect([1, 2, 3, 4].map(() => limiter.hit('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.hit('b', 0)).toBe(true);
  });

  it('lets requests through again once the window has passed, not before', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: HOUR });
    limiter.hit('a', 0);
    limiter.hit('a', 0);
    expect(limiter.hit('a', HOUR - 1)).toBe(false);
    expect(limiter.hit('a', HOUR + 1)).toBe(true);
  });

  it('does not double the limit with a burst at the edge of a window', () => {
    const limiter = createRateLimiter({ limit: 10, windowMs: HOUR });
    let allowed = 0;
    for (let i = 0; i < 10; i++) if (limiter.hit('a', HOUR - 1)) allowed++;
    for (let i = 0; i < 10; i++) if (limiter.hit('a', HOUR + 1)) allowed++;
    expect(allowed).toBe(10);
  });

  it('refuses everything with a limit of 0, and keeps memory bounded', () => {
    expect(createRateLimiter({ limit: 0, windowMs: HOUR }).hit('a', 0)).toBe(false);
    const limiter = createRateLimiter({ limit: 1, windowMs: HOUR, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
