/** The report page: one saved audit (`#id=<n>`) or, without an id, the history of every audit. */
import { useEffect } from 'react';
import type { RapiDb } from '../../utils/db';
import { rapiDb } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { AuditReport } from './AuditReport';
import { HistoryList } from './HistoryList';
import { useHashId } from './use-hash-id';
import { useLanguage } from '../hooks/use-settings';
import { useReport } from './use-report';
import { StorageBoundary } from '../storage/StorageBoundary';
import { StorageUnavailable } from '../storage/StorageUnavailable';
import { useStorage } from '../storage/use-storage';

/** `db` lets tests pass a fresh database; the page uses Rapi's own. */
export function ReportApp({ db = rapiDb() }: { db?: RapiDb }) {
  const language = useLanguage();
  const id = useHashId();
  const load = useReport(db, id);
  const storage = useStorage(db);

  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);

  if (!language) return null;
  return (
    <div className="report" data-testid="report-page">
      {storage === 'unavailable' || load.status === 'unavailable' ? (
        <main className="report-main">
          <StorageUnavailable language={language} className="report-card" buttonClassName="report-button report-button--primary" />
        </main>
      ) : (
        <StorageBoundary language={language} className="report-card" buttonClassName="report-button report-button--primary">
          {id === null ? <HistoryList db={db} language={language} /> : <AuditReport db={db} id={id} load={load} language={language} />}
        </StorageBoundary>
      )}
      <footer className="report-footer">{t(language, 'report_footer')}</footer>
    </div>
  );
}
