/**
 * When the listing controller reads the form again after the seller types or the page
 * changes (issue 15: keystroke → side panel updated under 50 ms median).
 *
 * - The first change after a pause is read in the next task (leading edge): the page's own
 *   handlers for that event have run, so a framework's controlled field shows the new value.
 *   A task, not an animation frame: frames stop in a hidden tab, and the side panel follows
 *   the form while the seller may look elsewhere.
 * - While changes keep coming, reads are at least `gapMs` apart (about 20 a second at most).
 * - Always one final read: a change always finds a read pending or schedules one, and that
 *   read runs after it.
 */
export const READ_GAP_MS = 50;

export interface ReadScheduler {
  /** Something changed: read soon. */
  (): void;
  cancel(): void;
  /** A read happened outside the scheduler (a command's `readNow`): the next gap counts from it. */
  noteRead(): void;
}

export function createReadScheduler(
  read: () => void,
  { gapMs = READ_GAP_MS, now = () => performance.now() }: { gapMs?: number; now?: () => number } = {},
): ReadScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRead = Number.NEGATIVE_INFINITY;
  const run = () => {
    timer = undefined;
    lastRead = now();
    read();
  };
  const schedule = (() => {
    // A read is already coming, and it runs after this change: it will see it.
    if (timer !== undefined) return;
    timer = setTimeout(run, Math.max(0, lastRead + gapMs - now()));
  }) as ReadScheduler;
  schedule.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  schedule.noteRead = () => {
    lastRead = now();
  };
  return schedule;
}
