/** Indonesian or English for every Rapi surface, as in the popup. */
import { LANGUAGES, LanguageSchema, t, type Language } from '../../utils/i18n';
import { saveSettings } from '../../utils/settings/store';

export function LanguagePicker({ language }: { language: Language }) {
  const choose = (value: string) => {
    const parsed = LanguageSchema.safeParse(value);
    // The page follows the stored setting (watchSettings), so every open Rapi page switches together.
    if (parsed.success) void saveSettings({ language: parsed.data });
  };
  return (
    <label className="options-language">
      {t(language, 'popup_language')}{' '}
      <select value={language} onChange={(event) => choose(event.target.value)} data-testid="options-language">
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(language, `language_${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
