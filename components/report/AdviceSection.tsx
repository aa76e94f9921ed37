/**
 * What to fix, as advice: one plain sentence per issue (what is wrong, what to do) and how many
 * products it touches, the same rule on forty cards said once rather than forty times.
 */
import type { AuditSummary } from '../../utils/audit';
import { t, type Language } from '../../utils/i18n';
import { issueAdvice } from '../shared/issue-label';

export function AdviceSection({ issues, language }: { issues: AuditSummary['topIssues']; language: Language }) {
  return (
    <section className="report-card report-advice" aria-labelledby="report-advice-title">
      <h2 id="report-advice-title">{t(language, 'report_advice')}</h2>
      {issues.length === 0 ? (
        <p className="report-muted">{t(language, 'report_advice_none')}</p>
      ) : (
        <ul className="report-advice__list" data-testid="report-advice">
          {issues.map(({ issue, products }) => (
            <li key={issue} className="report-advice__item" data-issue={issue} data-count={products}>
              <span className="report-advice__count">{t(language, 'report_advice_products', String(products))}</span>
              <span className="report-advice__text">{issueAdvice(language, issue)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
