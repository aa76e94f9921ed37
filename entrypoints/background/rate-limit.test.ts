import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows max actions per window for one key, then refuses until the window slides', () => {
    const limit = createRateLimiter({ max: 3, windowMs: 60_000 });
    expect([0, 1_000, 2_000, 3_000].map((at) => limit.take(7, at))).toEqual([true, true, true, false]);
    expect(limit.take(7, 59_999)).toBe(false);
    // The first action leaves the window: one more is allowed, and only one.
    expect(limit.take(7, 60_000)).toBe(true);
    expect(limit.take(7, 60_500)).toBe(false);
  });

  it('keeps tabs apart', () => {
    const limit = createRateLimiter({ max: 1, windowMs: 1_000 });
    expect(limit.take(1, 0)).toBe(true);
    expect(limit.take(2, 0)).toBe(true);
    expect(limit.take(1, 10)).toBe(false);
  });

  it('refused attempts do not extend the wait', () => {
    const limit = createRateLimiter({ max: 1, windowMs: 1_000 });
    limit.take('t', 0);
    for (let at = 100; at < 1_000; at += 100) expect(limit.take('t', at)).toBe(false);
    expect(limit.take('t', 1_000)).toBe(true);
  });

  it('a thousand rapid attempts from one tab get exactly max through', () => {
    const limit = createRateLimiter({ max: 3, windowMs: 60_000 });
    const allowed = Array.from({ length: 1000 }, (_, i) => limit.take(1, i)).filter(Boolean).length;
    expect(allowed).toBe(3);
  });
});
