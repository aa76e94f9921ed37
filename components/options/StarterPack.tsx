/** Ready-made Indonesian snippets (shipping, warranty, care, halal, P-IRT, sizes), installed in one click. */
import { useState } from 'react';
import { importSnippets, type ImportResult } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { parseSnippetFile } from '../../utils/snippets';
// The pack is a snippet file like any backup; it is read through the same parser and import.
import starterPack from '../../utils/snippets/starter-pack-id.json';
import { useDb } from './db-context';
import { ImportErrors, ImportSummaryText, StorageProblem } from './ImportReport';

const TITLES = starterPack.snippets.map((snippet) => snippet.title);

export function StarterPack({ language }: { language: Language }) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const install = async () => {
    setBusy(true);
    const parsed = parseSnippetFile(JSON.stringify(starterPack), 'json');
    // Skip what is already there: installing twice, or after editing a pack snippet, changes nothing.
    setResult(parsed.ok ? await importSnippets(db, parsed.snippets, { conflict: 'skip' }) : parsed);
    setBusy(false);
  };

  return (
    <div className="options-card" data-testid="starter-pack">
      <h3>{t(language, 'options_starter_title')}</h3>
      <p>{t(language, 'options_starter_lead', String(TITLES.length))}</p>
      <p className="options-muted">{TITLES.join(' · ')}</p>
      <button type="button" className="options-primary" disabled={busy} onClick={() => void install()} data-testid="starter-install">
        {t(language, 'options_starter_install')}
      </button>
      {result?.ok && <ImportSummaryText language={language} summary={result.summary} testId="starter-result" />}
      {result &&
        !result.ok &&
        (result.storageUnavailable ? <StorageProblem language={language} /> : <ImportErrors language={language} errors={result.errors} />)}
      {result?.ok && result.summary.added > 0 && <p className="options-hint">{t(language, 'options_starter_variables_hint')}</p>}
    </div>
  );
}
