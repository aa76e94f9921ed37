/** The reader's language from Rapi's settings, followed live; null until read, so nothing flashes in the wrong language. */
import { useEffect, useState } from 'react';
import type { Language } from '../../utils/i18n';
import { loadSettings, watchSettings } from '../../utils/settings/store';

export function useLanguage(): Language | null {
  const [language, setLanguage] = useState<Language | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = watchSettings((settings) => {
      changed = true;
      setLanguage(settings.language);
    });
    void loadSettings().then((settings) => {
      if (live && !changed) setLanguage(settings.language);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return language;
}
