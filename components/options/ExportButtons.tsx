/** A backup of every snippet as JSON (complete) or CSV (for a spreadsheet), saved as a download. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { t, type Language } from '../../utils/i18n';
import type { SnippetFileFormat } from '../../utils/snippets';
import { backupFile, download } from './backup-files';
import { useDb } from './db-context';

export function ExportButtons({ language }: { language: Language }) {
  const db = useDb();
  const count = useLiveQuery(() => db.snippets.count(), [db], 0);
  const [failed, setFailed] = useState(false);

  const save = async (format: SnippetFileFormat) => {
    try {
      download(await backupFile(db, format));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="options-card" data-testid="export">
      <h3>{t(language, 'options_export_title')}</h3>
      <p>{t(language, 'options_export_lead')}</p>
      <div className="options-actions">
        <button
          type="button"
          className="options-secondary"
          disabled={count === 0}
          onClick={() => void save('json')}
          data-testid="export-json"
        >
          {t(language, 'options_export_json')}
        </button>
        <button
          type="button"
          className="options-secondary"
          disabled={count === 0}
          onClick={() => void save('csv')}
          data-testid="export-csv"
        >
          {t(language, 'options_export_csv')}
        </button>
      </div>
      {failed && (
        <p className="options-error" role="alert">
          {t(language, 'options_error_unexpected')}
        </p>
      )}
    </div>
  );
}
