/** What an import did, or why nothing was imported: each problem with its row and field. */
import type { ImportSummary } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import type { SnippetFileError } from '../../utils/snippets';
import { inLanguage } from './in-language';

export function ImportSummaryText({ language, summary, testId }: { language: Language; summary: ImportSummary; testId: string }) {
  return (
    <p
      className="options-ok"
      role="status"
      data-testid={testId}
      data-added={summary.added}
      data-replaced={summary.replaced}
      data-skipped={summary.skipped}
    >
      {t(language, 'options_import_summary', String(summary.added), String(summary.replaced), String(summary.skipped))}
    </p>
  );
}

export function ImportErrors({ language, errors }: { language: Language; errors: readonly SnippetFileError[] }) {
  return (
    <div className="options-errors" role="alert" data-testid="import-errors">
      <p>
        <strong>{t(language, 'options_import_failed', String(errors.length))}</strong>
      </p>
      <ul>
        {errors.map((error) => (
          <li
            key={`${error.row}:${error.field ?? ''}:${inLanguage(error.message, language)}`}
            data-testid="import-error"
            data-row={error.row}
            data-field={error.field}
          >
            {inLanguage(error.message, language)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Nothing was wrong with the file: Rapi's database could not be opened. Never reported as a file error. */
export function StorageProblem({ language }: { language: Language }) {
  return (
    <p className="options-errors" role="alert" data-testid="storage-problem">
      {t(language, 'storage_unavailable_short')}
    </p>
  );
}
