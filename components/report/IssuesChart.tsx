/** The shop's most common issues as horizontal bars: what to teach first. */
import type { AuditIssueId, AuditSummary } from '../../utils/audit';
import { t, type Language } from '../../utils/i18n';
import { issueLabel } from '../shared/issue-label';

const SHOWN = 8;
const WIDTH = 420;
const LABEL = 200;
const ROW = 26;
const BAR = 16;

interface Props {
  issues: AuditSummary['topIssues'];
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
}

export function IssuesChart({ issues, labels, language }: Props) {
  const shown = issues.slice(0, SHOWN);
  const max = Math.max(1, ...shown.map((i) => i.products));
  const barSpace = WIDTH - LABEL - 40;
  const texts = shown.map(({ issue, products }) =>
    t(language, 'report_issues_bar', labels.get(issue) ?? issueLabel(language, issue), String(products)),
  );
  return (
    <section className="report-card report-chart" aria-labelledby="report-issues-title">
      <h2 id="report-issues-title">{t(language, 'report_issues')}</h2>
      {shown.length === 0 ? (
        <p className="report-muted" data-testid="report-issues">
          {t(language, 'report_issues_none')}
        </p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${shown.length * ROW + 4}`}
          className="report-chart__svg"
          role="img"
          aria-label={`${t(language, 'report_issues')}: ${texts.join('; ')}`}
          data-testid="report-issues"
        >
          {shown.map(({ issue, products }, i) => {
            const y = i * ROW + 4;
            const width = Math.max(2, (products / max) * barSpace);
            return (
              <g key={issue} data-issue={issue} data-count={products}>
                <title>{texts[i]}</title>
                <text x={LABEL - 8} y={y + BAR - 3} textAnchor="end" className="report-chart__label">
                  {labels.get(issue) ?? issueLabel(language, issue)}
                </text>
                <rect x={LABEL} y={y} width={width} height={BAR} rx="3" fill="#c2410c" opacity={1 - i * 0.07} />
                <text x={LABEL + width + 6} y={y + BAR - 3} className="report-chart__value">
                  {products}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </section>
  );
}
