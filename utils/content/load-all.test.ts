// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadAll } from './load-all';

describe('loadAll', () => {
  it('scrolls until two scrolls bring nothing new, reporting progress', async () => {
    const counts = [20, 40, 60, 60, 60];
    let call = 0;
    const scroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const progress: number[] = [];
    const total = await loadAll({
      count: () => counts[Math.min(call++, counts.length - 1)]!,
      onProgress: (n) => progress.push(n),
      signal: new AbortController().signal,
      intervalMs: 1,
    });
    expect(total).toBe(60);
    expect(progress).toEqual([20, 40, 60, 60, 60]);
    expect(scroll).toHaveBeenCalledTimes(4);
  });

  it('stops at the product ceiling', async () => {
    let n = 0;
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const total = await loadAll({
      count: () => (n += 200),
      onProgress: () => {},
      signal: new AbortController().signal,
      intervalMs: 1,
      maxProducts: 500,
    });
    expect(total).toBe(600);
    expect(n).toBe(600);
  });

  it('stops when cancelled, without waiting for the next scroll', async () => {
    // The clock is frozen: a loop that waited for its 10-second timer would never settle.
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      vi.spyOn(window, 'scrollTo').mockImplementation(() => controller.abort());
      let n = 0;
      let settled = false;
      const run = loadAll({ count: () => (n += 10), onProgress: () => {}, signal: controller.signal, intervalMs: 10_000 }).then((total) => {
        settled = true;
        return total;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(true);
      expect(await run).toBe(20);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cancelled between scrolls, it stops at once and leaves no timer behind', async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
      let n = 0;
      let settled = false;
      const run = loadAll({ count: () => (n += 10), onProgress: () => {}, signal: controller.signal, intervalMs: 10_000 }).then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(settled).toBe(false);
      controller.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      await run;
    } finally {
      vi.useRealTimers();
    }
  });
});
