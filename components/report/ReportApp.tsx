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

/** `db` lets tests pass a fresh database; the page uses Rapi's own. */
export function ReportApp({ db = rapiDb() }: { db?: RapiDb }) {
  const language = useLanguage();
  const id = useHashId();
  const load = useReport(db, id);

  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);

  if (!language) return null;
  return (
    <div className="report" data-testid="report-page">
      {id === null ? <HistoryList db={db} language={language} /> : <AuditReport db={db} id={id} load={load} language={language} />}
      <footer className="report-footer">{t(language, 'report_footer')}</footer>
    </div>
  );
}
