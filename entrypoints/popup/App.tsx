/** The toolbar popup: where Rapi is working in this tab, and the language choice. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LANGUAGES, LanguageSchema, marketplaceName, pageKindName, t, type Language } from '../../utils/i18n';
import { detectPage, type PageMatch } from '../../utils/marketplaces';
import { loadSettings, saveSettings } from '../../utils/settings/store';

export function App() {
  const [language, setLanguage] = useState<Language | null>(null);
  const [match, setMatch] = useState<PageMatch | null>(null);

  useEffect(() => {
    void loadSettings().then((settings) => setLanguage(settings.language));
    // The tab's URL is visible only on the marketplace hosts Rapi has permission for, which is all it needs.
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setMatch(detectPage(tab?.url ?? '')));
  }, []);

  if (!language) return null;

  const choose = (value: string) => {
    const next = LanguageSchema.parse(value);
    setLanguage(next);
    void saveSettings({ language: next });
  };

  return (
    <main lang={language}>
      <h1>{t(language, 'extName')}</h1>
      {match ? (
        <p data-testid="popup-active">
          {t(language, 'popup_active_on')}{' '}
          <strong>
            {marketplaceName(language, match.marketplace)} · {pageKindName(language, match.kind)}
          </strong>
        </p>
      ) : (
        <p data-testid="popup-inactive">{t(language, 'popup_inactive')}</p>
      )}
      <label>
        {t(language, 'popup_language')}{' '}
        <select value={language} onChange={(event) => choose(event.target.value)} data-testid="popup-language">
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(language, `language_${code}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="privacy">{t(language, 'panel_privacy')}</p>
    </main>
  );
}
