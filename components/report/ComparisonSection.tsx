/** This session against the last: the shop's scores, each issue, each product, and last time's actions. */
import type { Audit, AuditComparison, AuditIssueId, Change } from '../../utils/audit';
import type { SavedAudit } from '../../utils/db';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { ChangeLists } from './ChangeLists';
import { formatChange, formatDate, formatNumber } from './format';
import { PreviousActions } from './PreviousActions';
import { hashForAudit } from './route';

interface Props {
  comparison: AuditComparison;
  previous: SavedAudit;
  current: Audit;
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
}

/** Up is good for scores, down is good for issue counts. */
const tone = (change: number | null, higherIsBetter: boolean) =>
  change === null || change === 0 ? '' : change > 0 === higherIsBetter ? 'report-good' : 'report-bad';

function ScoreChange({ label, change, language, testId }: { label: MessageKey; change: Change; language: Language; testId: string }) {
  return (
    <div className="report-stat">
      <dt>{t(language, label)}</dt>
      <dd data-testid={testId} data-change={change.change ?? undefined}>
        {formatNumber(change.before, language)} → {formatNumber(change.after, language)}{' '}
        <span className={tone(change.change, true)}>({formatChange(change.change, language)})</span>
      </dd>
    </div>
  );
}

export function ComparisonSection({ comparison, previous, current, labels, language }: Props) {
  return (
    <section className="report-card report-comparison" data-testid="report-comparison" aria-labelledby="report-comparison-title">
      <div className="report-notes__head">
        <h2 id="report-comparison-title">{t(language, 'report_comparison', formatDate(previous.audit.at, language))}</h2>
        <a className="report-screen" href={hashForAudit(previous.id)} data-testid="report-previous-link">
          {t(language, 'report_comparison_open')}
        </a>
      </div>
      <dl className="report-stats report-stats--two">
        <ScoreChange label="report_mean" change={comparison.meanScore} language={language} testId="report-mean-change" />
        <ScoreChange label="report_median" change={comparison.medianScore} language={language} testId="report-median-change" />
      </dl>
      {comparison.issues.length > 0 && (
        <>
          <h3 className="report-subtitle">{t(language, 'report_issue_changes')}</h3>
          <table className="report-table report-table--compact" data-testid="report-issue-changes">
            <thead>
              <tr>
                <th scope="col">{t(language, 'report_col_issues')}</th>
                <th scope="col" className="report-num">
                  {t(language, 'report_col_before')}
                </th>
                <th scope="col" className="report-num">
                  {t(language, 'report_col_after')}
                </th>
                <th scope="col" className="report-num">
                  {t(language, 'report_col_change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.issues.map(({ issue, before, after, change }) => (
                <tr key={issue} data-issue={issue}>
                  <td>{labels.get(issue) ?? issue}</td>
                  <td className="report-num">{before}</td>
                  <td className="report-num">{after}</td>
                  <td className={`report-num ${tone(change, false)}`}>{formatChange(change, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <ChangeLists comparison={comparison} previous={previous.audit} current={current} language={language} />
      <PreviousActions comparison={comparison} previous={previous.audit} current={current} labels={labels} language={language} />
    </section>
  );
}
