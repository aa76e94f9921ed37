/**
 * For a mentor on a shop, search or product-list page: audit every product card,
 * keep the result, see the shop's weakest points and the change since last time,
 * and open the full report.
 */
import { t, type Language } from '../../utils/i18n';
import { issueLabel } from '../shared/issue-label';
import type { AuditActions, AuditPanelState } from '../../utils/panel/section-states';

const dateId = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function AuditSection({ language, state, actions }: { language: Language; state: AuditPanelState; actions: AuditActions }) {
  const { result } = state;
  if (state.productPage) {
    return (
      <section className="rapi-audit" data-testid="rapi-audit" data-phase={state.phase}>
        <h2 className="rapi-section-title">{t(language, 'audit_heading')}</h2>
        <p className="rapi-note" data-testid="rapi-audit-product-page">
          {t(language, 'audit_product_page')}
        </p>
      </section>
    );
  }
  return (
    <section className="rapi-audit" data-testid="rapi-audit" data-phase={state.phase}>
      <h2 className="rapi-section-title">{t(language, 'audit_heading')}</h2>
      <p className="rapi-note">{t(language, 'audit_lead')}</p>
      <div className="rapi-finding__actions">
        <button
          type="button"
          className="rapi-button"
          data-testid="rapi-audit-run"
          disabled={state.phase === 'loading' || state.phase === 'running'}
          onClick={actions.runAudit}
        >
          {t(language, 'audit_run')}
        </button>
        {state.phase === 'loading' ? (
          <>
            <span role="status">{t(language, 'audit_loading', String(state.loaded ?? 0))}</span>
            <progress max={500} value={state.loaded ?? 0} />
            <button type="button" className="rapi-link" onClick={actions.cancelLoad}>
              {t(language, 'audit_cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="rapi-link" data-testid="rapi-audit-load-all" onClick={actions.loadAll}>
            {t(language, 'audit_load_all')}
          </button>
        )}
      </div>
      {state.phase === 'failed' && <p className="rapi-warn">{state.error}</p>}
      {result && (
        <div className="rapi-audit__result" data-testid="rapi-audit-result" data-count={result.count}>
          {result.count === 0 ? (
            <p className="rapi-warn">{t(language, 'audit_none')}</p>
          ) : (
            <p>{t(language, 'audit_done', String(result.count), result.mean === null ? '–' : result.mean.toFixed(0))}</p>
          )}
          {result.leftOut ? (
            <p className="rapi-warn" data-testid="rapi-audit-left-out">
              {t(
                language,
                'audit_left_out',
                result.count.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB'),
                result.leftOut.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB'),
              )}
            </p>
          ) : null}
          <p className="rapi-note" data-testid="rapi-audit-compare">
            {result.previous
              ? t(
                  language,
                  'audit_compare',
                  dateId(result.previous.at, language),
                  result.previous.meanChange === null ? '–' : `${result.previous.meanChange > 0 ? '+' : ''}${result.previous.meanChange}`,
                )
              : t(language, 'audit_first')}
          </p>
          {result.topIssues.length > 0 && (
            <>
              <h3 className="rapi-group__title">{t(language, 'audit_top_issues')}</h3>
              <ul className="rapi-findings">
                {result.topIssues.slice(0, 3).map(({ issue, products }) => (
                  <li key={issue}>
                    {issueLabel(language, issue)} — {t(language, 'audit_products', String(products))}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="rapi-button" data-testid="rapi-audit-open-report" onClick={() => actions.openReport(result.id)}>
            {t(language, 'audit_open_report')}
          </button>
        </div>
      )}
    </section>
  );
}
