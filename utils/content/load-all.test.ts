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
    const controller = new AbortController();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => controller.abort());
    let n = 0;
    const started = Date.now();
    await loadAll({ count: () => (n += 10), onProgress: () => {}, signal: controller.signal, intervalMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
