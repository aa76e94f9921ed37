/**
 * "Load all" for a shop audit: scroll to the end of the list so the page loads
 * more products, at most once a second and at most 500 products, stopping when
 * two scrolls bring nothing new or the user cancels. It only scrolls: it never
 * clicks anything, so it cannot change the shop.
 */
export interface LoadAllOptions {
  count: () => number;
  onProgress: (count: number) => void;
  signal: AbortSignal;
  maxProducts?: number;
  intervalMs?: number;
}

export async function loadAll({ count, onProgress, signal, maxProducts = 500, intervalMs = 1000 }: LoadAllOptions): Promise<number> {
  let last = count();
  let stale = 0;
  onProgress(last);
  while (!signal.aborted && last < maxProducts && stale < 2) {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' as ScrollBehavior });
    await new Promise<void>((resolve) => {
      // Cancelled while scrolling: the listener below would never hear an abort that already happened.
      if (signal.aborted) return resolve();
      const timer = setTimeout(resolve, intervalMs);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
    const now = count();
    stale = now > last ? 0 : stale + 1;
    last = now;
    onProgress(last);
  }
  return last;
}
