/**
 * Past mentor audits, one group per shop, newest first, each opening its report.
 * The report page holds the details; here the mentor finds the shop and the session,
 * and can delete a session: after a confirmation, since the audit and the notes and
 * actions kept in it go for good.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { deleteAudit, listAudits } from '../../utils/db/audits';
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { groupByShop } from '../shared/history';
import { clearDraft, pageStorage } from '../shared/notes-draft';
import { useDb } from './db-context';
import { Section } from './Section';

const reportUrl = (id: number) => `${browser.runtime.getURL('/report.html')}#id=${id}`;

export function AuditHistorySection({ language }: { language: Language }) {
  const db = useDb();
  const shops = useLiveQuery(async () => groupByShop(await listAudits(db)), [db]);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const remove = async (id: number, when: string) => {
    await deleteAudit(db, id);
    // Notes typed in the report but not yet saved live beside it, under the audit's id.
    clearDraft(pageStorage(), id);
    setConfirming(null);
    setDeleted(t(language, 'options_audit_deleted', when));
  };
  return (
    <Section id="audits" title={t(language, 'options_audits_title')}>
      {shops && shops.length === 0 && <p data-testid="options-audits-empty">{t(language, 'options_audits_empty')}</p>}
      {deleted && (
        <p role="status" data-testid="options-audit-deleted">
          {deleted}
        </p>
      )}
      <ul className="options-audits" data-testid="options-audits">
        {shops?.map((shop) => (
          <li key={shop.shopKey} data-testid="options-audit-shop">
            <strong>{shop.shopName ?? shop.url}</strong> · {marketplaceName(language, shop.marketplace)}
            <ul>
              {shop.audits.map(({ id, audit }) => (
                <li key={id} data-testid="options-audit" data-id={id}>
                  <a href={reportUrl(id)} target="_blank" rel="noreferrer">
                    {date(audit.at)}
                  </a>{' '}
                  —{' '}
                  {t(
                    language,
                    'options_audits_line',
                    String(audit.summary.count),
                    audit.summary.meanScore === null ? '–' : audit.summary.meanScore.toFixed(0),
                  )}{' '}
                  {confirming === id ? (
                    <span
                      role="alertdialog"
                      aria-label={t(language, 'options_audit_delete_confirm', date(audit.at))}
                      data-testid="options-audit-confirm"
                    >
                      {t(language, 'options_audit_delete_confirm', date(audit.at))}{' '}
                      <button type="button" data-testid="options-audit-delete-yes" onClick={() => void remove(id, date(audit.at))}>
                        {t(language, 'options_audit_delete_yes')}
                      </button>{' '}
                      {/* biome-ignore lint/a11y/noAutofocus: a destructive confirmation puts the focus on its safe answer, as WAI-ARIA's alert dialog pattern advises */}
                      <button type="button" data-testid="options-audit-delete-no" onClick={() => setConfirming(null)} autoFocus>
                        {t(language, 'options_audit_delete_no')}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      data-testid="options-audit-delete"
                      // One "Hapus" per audit: the name says which shop and day.
                      aria-label={t(
                        language,
                        'named_button',
                        t(language, 'options_audit_delete'),
                        `${shop.shopName ?? shop.url}, ${date(audit.at)}`,
                      )}
                      onClick={() => setConfirming(id)}
                    >
                      {t(language, 'options_audit_delete')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}
