/** Every saved audit, one group per shop, newest first; each opens its report. */
import { useEffect, useMemo, useState } from 'react';
import type { RapiDb, SavedAudit } from '../../utils/db';
import { listAudits } from '../../utils/db/audits';
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { formatDateTime, formatNumber } from './format';
import { groupByShop } from '../shared/history';
import { ReportTitleBar } from './ReportTitleBar';
import { hashForAudit } from './route';

export function HistoryList({ db, language }: { db: RapiDb; language: Language }) {
  const [saved, setSaved] = useState<SavedAudit[] | null>(null);
  useEffect(() => {
    let live = true;
    document.title = t(language, 'report_history');
    void listAudits(db)
      .catch(() => [])
      .then((list) => live && setSaved(list));
    return () => {
      live = false;
    };
  }, [db, language]);
  const groups = useMemo(() => groupByShop(saved ?? []), [saved]);

  return (
    <main className="report-main" data-testid="report-history" data-state={saved ? 'ready' : 'loading'}>
      <ReportTitleBar language={language} />
      <h1 className="report-history__title">{t(language, 'report_history')}</h1>
      <p className="report-muted">{t(language, 'report_history_lead')}</p>
      {saved === null ? (
        <p role="status">{t(language, 'report_loading')}</p>
      ) : groups.length === 0 ? (
        <p className="report-card report-empty">{t(language, 'report_history_empty')}</p>
      ) : (
        groups.map((group) => (
          <section key={group.shopKey} className="report-card report-shop" data-testid="report-history-shop">
            <h2>
              {group.shopName ?? t(language, 'report_shop_unnamed')}{' '}
              <span className="report-muted report-shop__meta">
                {marketplaceName(language, group.marketplace)} · {t(language, 'report_history_audits', String(group.audits.length))}
              </span>
            </h2>
            <p className="report-url">{group.url}</p>
            <ul className="report-shop__audits">
              {group.audits.map(({ id, audit }) => (
                <li key={id}>
                  <a href={hashForAudit(id)} data-testid="report-history-link">
                    {formatDateTime(audit.at, language)}
                  </a>{' '}
                  <span className="report-muted">
                    {t(language, 'report_history_item', String(audit.summary.count), formatNumber(audit.summary.meanScore, language))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </main>
  );
}
