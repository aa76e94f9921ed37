/** The shop at a glance: how many products, how good on average, how many in each grade, how local. */
import type { AuditSummary } from '../../utils/audit';
import { t, type Language } from '../../utils/i18n';
import { gradeFor } from '../../utils/quality/score';
import { ScoreRing } from '../shared/ScoreRing';
import { formatNumber, formatShare } from './format';

const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

function Stat({ label, value, testId, raw, note }: { label: string; value: string; testId?: string; raw?: number | null; note?: string }) {
  return (
    <div className="report-stat">
      <dt>{label}</dt>
      <dd data-testid={testId} data-value={raw ?? undefined}>
        {value}
      </dd>
      {note && <dd className="report-stat__note">{note}</dd>}
    </div>
  );
}

export function SummarySection({ summary, language }: { summary: AuditSummary; language: Language }) {
  const mean = summary.meanScore === null ? null : Math.round(summary.meanScore);
  return (
    <section className="report-card report-summary" data-testid="report-summary" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title">{t(language, 'report_summary')}</h2>
      <div className="report-summary__body">
        {mean !== null && (
          <div className="report-summary__ring">
            <ScoreRing
              score={mean}
              grade={gradeFor(mean)}
              label={t(language, 'report_mean_ring', formatNumber(summary.meanScore, language))}
            />
          </div>
        )}
        <dl className="report-stats">
          <Stat
            label={t(language, 'report_count')}
            value={String(summary.count)}
            testId="report-count"
            raw={summary.count}
            note={summary.cardsOnPage !== summary.count ? t(language, 'report_cards_on_page', String(summary.cardsOnPage)) : undefined}
          />
          <Stat
            label={t(language, 'report_mean')}
            value={formatNumber(summary.meanScore, language)}
            testId="report-mean"
            raw={summary.meanScore}
          />
          <Stat
            label={t(language, 'report_median')}
            value={formatNumber(summary.medianScore, language)}
            testId="report-median"
            raw={summary.medianScore}
          />
          <Stat
            label={t(language, 'report_local_share')}
            value={formatShare(summary.localTagShare, language)}
            raw={summary.localTagShare}
          />
          <Stat
            label={t(language, 'report_import_share')}
            value={formatShare(summary.importSignalShare, language)}
            raw={summary.importSignalShare}
          />
          <Stat label={t(language, 'report_ads')} value={String(summary.adCount)} raw={summary.adCount} />
        </dl>
      </div>
      <h3 className="report-subtitle">{t(language, 'report_grades')}</h3>
      <ul className="report-grades" data-testid="report-grades">
        {GRADES.map((grade) => (
          <li
            key={grade}
            className={`report-grade report-grade--${grade}`}
            aria-label={t(language, 'report_grade_count', grade, String(summary.grades[grade]))}
          >
            <span className="report-grade__letter" aria-hidden="true">
              {grade}
            </span>
            <span className="report-grade__count" aria-hidden="true">
              {summary.grades[grade]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
