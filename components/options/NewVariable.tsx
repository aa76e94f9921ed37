/** Adds a variable of the seller's own, e.g. {{bahan}} = "katun primisima". */
import { useState } from 'react';
import { saveVariable } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { variableLabel } from '../../utils/snippets/variable-label';
import { useDb } from './db-context';
import { inLanguage } from './in-language';
import { TextField } from './TextField';

export function NewVariable({ language, taken }: { language: Language; taken: ReadonlySet<string> }) {
  const db = useDb();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const key = name.trim();
    if (taken.has(key)) {
      setError(t(language, 'options_variable_exists', variableLabel(language, key)));
      return;
    }
    const result = await saveVariable(db, key, value);
    if (!result.ok) {
      setError(inLanguage(result.error.message, language));
      return;
    }
    setError(null);
    setName('');
    setValue('');
  };

  return (
    <form
      className="variable-new"
      data-testid="variable-new"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h3>{t(language, 'options_variable_new')}</h3>
      <div className="snippet-editor__row">
        <TextField
          label={t(language, 'options_variable_name')}
          hint={t(language, 'options_variable_name_hint')}
          testId="variable-new-name"
          value={name}
          onChange={setName}
        />
        <TextField label={t(language, 'options_variable_value')} testId="variable-new-value" value={value} onChange={setValue} />
      </div>
      <button type="submit" className="options-secondary" data-testid="variable-add" disabled={!name.trim()}>
        {t(language, 'options_variable_add')}
      </button>
      {error && (
        <p className="options-error" role="alert" data-testid="variable-new-error">
          {error}
        </p>
      )}
    </form>
  );
}
