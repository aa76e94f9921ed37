/** Trailing debounce with a ceiling: a seller who types without pause still sees the panel follow within `maxWaitMs`. */
export interface Debounced {
  (): void;
  cancel(): void;
}

export function debounce(run: () => void, waitMs: number, maxWaitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall: number | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = undefined;
    firstCall = undefined;
    run();
  };
  const debounced = (() => {
    const now = Date.now();
    firstCall ??= now;
    clearTimeout(timer);
    const remaining = Math.min(waitMs, firstCall + maxWaitMs - now);
    timer = setTimeout(fire, Math.max(0, remaining));
  }) as Debounced;
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstCall = undefined;
  };
  return debounced;
}
