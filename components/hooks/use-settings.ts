/** The seller's language and other extension-storage settings, read once and then followed across tabs. */
import { useEffect, useState } from 'react';
import type { Language } from '../../utils/i18n';
import { loadSettings, watchSettings } from '../../utils/settings/store';

/**
 * A stored value: `load` gives the first, `watch` every change after. Null until
 * read. A change seen before the first read finishes wins over that read.
 */
export function useStored<T>(load: () => Promise<T>, watch: (onChange: (value: T) => void) => () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = watch((next) => {
      changed = true;
      setValue(next);
    });
    void load().then((first) => {
      if (live && !changed) setValue(first);
    });
    return () => {
      live = false;
      stop();
    };
  }, [load, watch]);
  return value;
}

const loadLanguage = async () => (await loadSettings()).language;
const watchLanguage = (onChange: (language: Language) => void) => watchSettings((settings) => onChange(settings.language));

/** Null until the stored choice is read, so the page never flashes in the wrong language. */
export function useLanguage(): Language | null {
  return useStored(loadLanguage, watchLanguage);
}
