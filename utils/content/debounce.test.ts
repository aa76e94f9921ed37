import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after calls stop', () => {
    const run = vi.fn();
    const d = debounce(run, 100, 250);
    d();
    vi.advanceTimersByTime(50);
    d();
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs within the ceiling under continuous calls', () => {
    const run = vi.fn();
    const d = debounce(run, 100, 250);
    for (let elapsed = 0; elapsed < 260; elapsed += 40) {
      d();
      vi.advanceTimersByTime(40);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    const run = vi.fn();
    const d = debounce(run, 100, 250);
    d();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});
