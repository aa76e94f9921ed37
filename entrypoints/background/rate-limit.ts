/**
 * A sliding-window limit per key (a tab): at most `max` actions in `windowMs`.
 * Saving an audit and opening a report are the user's clicks; a page that found a
 * way to click for them, or a stuck loop, must not fill the database or open tabs
 * without end. Pure: the caller passes the time.
 */
export interface RateLimiter {
  /** Records an action for `key` and says whether it is allowed; a refused one is not recorded. */
  take(key: string | number, now: number): boolean;
}

export function createRateLimiter({ max, windowMs }: { max: number; windowMs: number }): RateLimiter {
  const recent = new Map<string | number, number[]>();
  return {
    take(key, now) {
      // Forget keys (closed tabs) whose actions are all out of the window, so the map stays small.
      for (const [other, times] of recent) if (other !== key && times.every((at) => now - at >= windowMs)) recent.delete(other);
      const times = (recent.get(key) ?? []).filter((at) => now - at < windowMs);
      if (times.length >= max) {
        recent.set(key, times);
        return false;
      }
      times.push(now);
      recent.set(key, times);
      return true;
    },
  };
}

/** Audits a user runs on one tab within a minute; more is a loop or a page clicking, not a person. */
export const AUDIT_SAVES_PER_MINUTE = 3;
/** Report tabs one tab may open within a minute. */
export const REPORT_OPENS_PER_MINUTE = 3;
/** Options pages one tab may open within a minute (the palette's "manage snippets" link). */
export const OPTIONS_OPENS_PER_MINUTE = 5;
