/**
 * Past mentor audits, one group per shop, newest first, each opening its report.
 * The report page holds the details; here the mentor finds the shop and the session.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { listAudits } from '../../utils/db/audits';
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { groupByShop } from '../report/history';
import { useDb } from './db-context';
import { Section } from './Section';

const reportUrl = (id: number) => `${browser.runtime.getURL('/report.html')}#id=${id}`;

export function AuditHistorySection({ language }: { language: Language }) {
  const db = useDb();
  const shops = useLiveQuery(async () => groupByShop(await listAudits(db)), [db]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <Section id="audits" title={t(language, 'options_audits_title')}>
      {shops && shops.length === 0 && <p data-testid="options-audits-empty">{t(language, 'options_audits_empty')}</p>}
      <ul className="options-audits" data-testid="options-audits">
        {shops?.map((shop) => (
          <li key={shop.shopKey} data-testid="options-audit-shop">
            <strong>{shop.shopName ?? shop.url}</strong> · {marketplaceName(language, shop.marketplace)}
            <ul>
              {shop.audits.map(({ id, audit }) => (
                <li key={id}>
                  <a href={reportUrl(id)} target="_blank" rel="noreferrer">
                    {date(audit.at)}
                  </a>{' '}
                  — {t(language, 'options_audits_line', String(audit.summary.count), audit.summary.meanScore === null ? '–' : audit.summary.meanScore.toFixed(0))}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}
