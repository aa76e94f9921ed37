/**
 * Import from a file: read and check it first (nothing is written while it has
 * errors), then let the seller choose what happens to snippets that already
 * exist, then import everything in one transaction.
 */
import { useState, type ChangeEvent } from 'react';
import { importSnippets, isStorageUnavailable, type ImportSummary } from '../../utils/db';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { CONFLICT_CHOICES, SNIPPET_LIMITS, type ConflictChoice, type SnippetFileError, type SnippetImport } from '../../utils/snippets';
import { countConflicts, readSnippetFile } from './backup-files';
import { useDb } from './db-context';
import { ImportErrors, ImportSummaryText, StorageProblem } from './ImportReport';

type Stage =
  | { kind: 'idle' }
  | { kind: 'ready'; name: string; snippets: SnippetImport[]; conflicts: number }
  | { kind: 'errors'; errors: SnippetFileError[] }
  /** The file may be fine: Rapi's database could not be opened. */
  | { kind: 'storage' }
  | { kind: 'done'; summary: ImportSummary };

const CHOICE_LABELS: Record<ConflictChoice, MessageKey> = {
  skip: 'options_conflict_skip',
  replace: 'options_conflict_replace',
  'keep-both': 'options_conflict_keep_both',
};

export function ImportPanel({ language }: { language: Language }) {
  const db = useDb();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [conflict, setConflict] = useState<ConflictChoice>('skip');
  const [busy, setBusy] = useState(false);
  // A new input after each file, so picking the same file again is a change.
  const [inputKey, setInputKey] = useState(0);

  const fail = (message: string) => setStage({ kind: 'errors', errors: [{ message }] });

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      // Refuse a huge file before reading it into memory; the parser checks the exact limit.
      if (file.size > SNIPPET_LIMITS.fileBytes * 4)
        fail(t(language, 'options_import_too_large', String(SNIPPET_LIMITS.fileBytes / 1024 / 1024)));
      else {
        const parsed = await readSnippetFile(file);
        if (!parsed.ok) setStage({ kind: 'errors', errors: parsed.errors });
        else setStage({ kind: 'ready', name: file.name, snippets: parsed.snippets, conflicts: await countConflicts(db, parsed.snippets) });
      }
    } catch (error) {
      // Counting conflicts reads the database: its failure says nothing about the file.
      if (isStorageUnavailable(error)) setStage({ kind: 'storage' });
      else fail(t(language, 'options_import_unreadable'));
    }
    setInputKey((key) => key + 1);
    setBusy(false);
  };

  const run = async () => {
    if (stage.kind !== 'ready') return;
    setBusy(true);
    const result = await importSnippets(db, stage.snippets, { conflict });
    if (result.ok) setStage({ kind: 'done', summary: result.summary });
    else setStage(result.storageUnavailable ? { kind: 'storage' } : { kind: 'errors', errors: result.errors });
    setBusy(false);
  };

  return (
    <div className="options-card" data-testid="import">
      <h3>{t(language, 'options_import_title')}</h3>
      <p>{t(language, 'options_import_lead')}</p>
      {/* The browser's own file button speaks the browser's language: a label in the seller's stands in for it. */}
      <label className="options-secondary options-file" aria-disabled={busy || undefined}>
        <input
          key={inputKey}
          type="file"
          className="options-visually-hidden"
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onChange={(event) => void pick(event)}
          data-testid="import-file"
        />
        {t(language, 'options_import_choose')}
      </label>
      {stage.kind === 'ready' && (
        <div className="options-import-ready" data-testid="import-ready">
          <p>{t(language, 'options_import_found', String(stage.snippets.length), stage.name, String(stage.conflicts))}</p>
          <fieldset className="options-fieldset">
            <legend>{t(language, 'options_conflict_legend')}</legend>
            {CONFLICT_CHOICES.map((choice) => (
              <label key={choice} className="options-check">
                <input
                  type="radio"
                  name="conflict"
                  value={choice}
                  checked={conflict === choice}
                  onChange={() => setConflict(choice)}
                  data-testid={`conflict-${choice}`}
                />
                {t(language, CHOICE_LABELS[choice])}
              </label>
            ))}
          </fieldset>
          <button type="button" className="options-primary" disabled={busy} onClick={() => void run()} data-testid="import-confirm">
            {t(language, 'options_import_confirm', String(stage.snippets.length))}
          </button>
        </div>
      )}
      {stage.kind === 'errors' && <ImportErrors language={language} errors={stage.errors} />}
      {stage.kind === 'storage' && <StorageProblem language={language} />}
      {stage.kind === 'done' && <ImportSummaryText language={language} summary={stage.summary} testId="import-summary" />}
    </div>
  );
}
