/** One saved audit: shown in full once read, or a way back when it is gone. */
import type { RapiDb } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { ReportBody } from './ReportBody';
import { ReportTitleBar } from './ReportTitleBar';
import type { ReportLoad } from './use-report';

export function AuditReport({ db, id, load, language }: { db: RapiDb; id: number; load: ReportLoad; language: Language }) {
  // Keyed by the audit: another report starts with its own notes and table state.
  if (load.status === 'ready' && load.saved.id === id)
    return <ReportBody key={load.saved.id} db={db} saved={load.saved} previous={load.previous} language={language} />;
  return (
    <main className="report-main" data-testid="report-status" data-state={load.status}>
      <ReportTitleBar language={language} back />
      <p className={load.status === 'missing' ? 'report-card report-empty' : 'report-muted'} role="status">
        {load.status === 'missing' ? t(language, 'report_not_found', String(id)) : t(language, 'report_loading')}
      </p>
    </main>
  );
}
