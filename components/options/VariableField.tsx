/** One template variable: its value, saved through `saveVariable` (which refuses contact details). */
import { useEffect, useState } from 'react';
import { deleteVariable, saveVariable } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { useDb } from './db-context';
import { inLanguage } from './in-language';
import { TextField } from './TextField';

export interface VariableFieldProps {
  language: Language;
  name: string;
  label: string;
  stored: string;
  /** Whether there is a stored value to remove. */
  removable: boolean;
}

export function VariableField({ language, name, label, stored, removable }: VariableFieldProps) {
  const db = useDb();
  const [value, setValue] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // Follow a change made elsewhere (another tab, a deletion).
  useEffect(() => setValue(stored), [stored]);

  const save = async () => {
    const result = await saveVariable(db, name, value);
    setError(result.ok ? null : inLanguage(result.error.message, language));
    setSaved(result.ok);
  };

  return (
    <form
      className="variable-field"
      data-testid={`variable-${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label={label}
        testId={`variable-value-${name}`}
        value={value}
        invalid={error !== null}
        onChange={(next) => {
          setValue(next);
          setSaved(false);
        }}
      />
      <div className="options-actions">
        <button
          type="submit"
          className="options-secondary"
          data-testid={`variable-save-${name}`}
          // One "Simpan" per value on the page: each names its value.
          aria-label={t(language, 'named_button', t(language, 'options_save'), label)}
          disabled={value === stored && !error}
        >
          {t(language, 'options_save')}
        </button>
        {removable && (
          <button
            type="button"
            className="options-danger"
            onClick={() => void deleteVariable(db, name)}
            aria-label={t(language, 'named_button', t(language, 'options_delete'), label)}
            data-testid={`variable-delete-${name}`}
          >
            {t(language, 'options_delete')}
          </button>
        )}
        {saved && value === stored && (
          <span className="options-ok" role="status">
            {t(language, 'options_saved')}
          </span>
        )}
      </div>
      {error && (
        <p className="options-error" role="alert" data-testid={`variable-error-${name}`}>
          {error}
        </p>
      )}
    </form>
  );
}
