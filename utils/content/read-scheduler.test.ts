import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadScheduler, READ_GAP_MS } from './read-scheduler';

/** Read times, in ms after the start, of a scheduler driven by `changes` (ms after the start). */
async function readsFor(changes: number[], until: number): Promise<number[]> {
  const reads: number[] = [];
  const schedule = createReadScheduler(() => reads.push(Date.now()), { now: () => Date.now() });
  for (const at of changes) setTimeout(schedule, at);
  await vi.advanceTimersByTimeAsync(until);
  schedule.cancel();
  return reads;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('read scheduler', () => {
  it('reads the first change after a pause at once (the next task), not after a debounce', async () => {
    // The next task: setTimeout(0), which the timers count as 1 ms.
    expect(await readsFor([1000], 2000)).toEqual([1001]);
  });

  it('reads a lone keystroke within the gap, where the old 100 ms debounce waited 100 ms', async () => {
    const [read] = await readsFor([500], 1000);
    expect(read! - 500).toBeLessThan(READ_GAP_MS);
  });

  it('while the seller types fast (a key every 30 ms), reads at most every 50 ms, and never falls behind', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => 1000 + i * 30);
    const reads = await readsFor(keys, 3000);
    for (let i = 1; i < reads.length; i++) expect(reads[i]! - reads[i - 1]!).toBeGreaterThanOrEqual(READ_GAP_MS);
    // Each key is read within one gap of being typed.
    for (const key of keys) expect(reads.find((read) => read >= key)! - key).toBeLessThanOrEqual(READ_GAP_MS);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil((keys.at(-1)! - keys[0]!) / READ_GAP_MS) + 2);
  });

  it('always reads once more after the last change', async () => {
    const keys = [1000, 1010, 1020, 1049];
    const reads = await readsFor(keys, 3000);
    expect(reads.at(-1)).toBeGreaterThanOrEqual(keys.at(-1)!);
    expect(reads).toEqual([1001, 1051]);
  });

  it('a read outside the scheduler (a command) starts the gap again; cancel stops a pending read', async () => {
    const reads: number[] = [];
    const schedule = createReadScheduler(() => reads.push(Date.now()), { now: () => Date.now() });
    await vi.advanceTimersByTimeAsync(100);
    schedule.noteRead();
    schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(reads).toEqual([150]);
    schedule();
    schedule.cancel();
    await vi.advanceTimersByTimeAsync(200);
    expect(reads).toEqual([150]);
  });
});
