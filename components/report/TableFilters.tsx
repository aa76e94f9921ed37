/** Narrowing the product table: one issue, and words from the title or local tags. */
import type { AuditIssueId, AuditSummary } from '../../utils/audit';
import { AuditIssueIdSchema } from '../../utils/audit/schema';
import { t, type Language } from '../../utils/i18n';
import { NO_FILTER, type RowFilter } from './table-model';

interface Props {
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
  topIssues: AuditSummary['topIssues'];
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
  shown: number;
  total: number;
}

export function TableFilters({ filter, onChange, topIssues, labels, language, shown, total }: Props) {
  const chooseIssue = (value: string) => {
    const parsed = AuditIssueIdSchema.safeParse(value);
    onChange({ ...filter, issue: parsed.success ? parsed.data : null });
  };
  const active = filter.issue !== null || filter.text !== '';
  return (
    <div className="report-filters">
      <label>
        <span>{t(language, 'report_filter_issue')}</span>
        <select value={filter.issue ?? ''} onChange={(event) => chooseIssue(event.target.value)} data-testid="report-filter-issue">
          <option value="">{t(language, 'report_filter_all')}</option>
          {topIssues.map(({ issue, products }) => (
            <option key={issue} value={issue}>
              {labels.get(issue) ?? issue} — {t(language, 'report_products', String(products))}
            </option>
          ))}
        </select>
      </label>
      <label className="report-filters__text">
        <span>{t(language, 'report_filter_text')}</span>
        <input
          type="search"
          value={filter.text}
          maxLength={200}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
          data-testid="report-filter-text"
        />
      </label>
      {active && (
        <button type="button" className="report-button report-button--quiet" onClick={() => onChange(NO_FILTER)}>
          {t(language, 'report_filter_clear')}
        </button>
      )}
      <p className="report-muted report-filters__count" role="status" data-testid="report-showing">
        {t(language, 'report_showing', String(shown), String(total))}
      </p>
    </div>
  );
}
