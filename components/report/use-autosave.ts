/**
 * A value the mentor edits and Rapi keeps: saved a moment after the last change, one save at a
 * time and in order, and at once when the page is hidden or the report closes. Because that last
 * save is asynchronous and may not finish before the page goes, `onUnsaved` gets the value
 * synchronously first, to keep it somewhere that survives (see notes-draft.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave<T> {
  value: T;
  state: SaveState;
  error: string | null;
  /** `immediate` for discrete changes (a ticked box) that should not wait for more typing. */
  update: (change: (previous: T) => T, immediate?: boolean) => void;
}

export interface AutosaveOptions<T> {
  delay?: number;
  /** The initial value is not what is stored yet (a restored draft): save it at once. */
  startDirty?: boolean;
  /** Called synchronously when the page is hidden with changes not yet saved. */
  onUnsaved?: (value: T) => void;
  /** Called when everything typed so far is stored. */
  onSaved?: () => void;
}

export function useAutosave<T>(initial: T, save: (value: T) => Promise<void>, options: AutosaveOptions<T> = {}): Autosave<T> {
  const { delay = 700, startDirty = false } = options;
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>(startDirty ? 'pending' : 'idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(initial);
  const dirty = useRef(startDirty);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  const optionsRef = useRef(options);
  useEffect(() => {
    saveRef.current = save;
    optionsRef.current = options;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    const snapshot = latest.current;
    setState('saving');
    queue.current = queue.current
      .then(() => saveRef.current(snapshot))
      .then(
        () => {
          if (dirty.current) return;
          setState('saved');
          setError(null);
          optionsRef.current.onSaved?.();
        },
        (failure: unknown) => {
          dirty.current = true; // still unsaved: the next change or the page's hiding tries again
          setState('error');
          setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
  }, []);

  const update = useCallback(
    (change: (previous: T) => T, immediate = false) => {
      latest.current = change(latest.current);
      dirty.current = true;
      setValue(latest.current);
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, immediate ? 0 : delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const hide = () => {
      if (dirty.current) optionsRef.current.onUnsaved?.(latest.current);
      flush();
    };
    const visibility = () => {
      if (document.visibilityState === 'hidden') hide();
    };
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', visibility);
    if (dirty.current) timer.current = setTimeout(flush, 0);
    return () => {
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', visibility);
      flush();
    };
  }, [flush]);

  return { value, state, error, update };
}
