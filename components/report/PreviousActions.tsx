/** Last session's action items, each with whether the listing it names passes now. */
import { useMemo } from 'react';
import type { ActionStatus, Audit, AuditComparison, AuditIssueId } from '../../utils/audit';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { ActionLine } from './ActionLine';

const STATUS: Record<ActionStatus, { key: MessageKey; className: string }> = {
  pass: { key: 'report_status_pass', className: 'report-status--pass' },
  fail: { key: 'report_status_fail', className: 'report-status--fail' },
  unknown: { key: 'report_status_unknown', className: 'report-status--unknown' },
};

interface Props {
  comparison: AuditComparison;
  previous: Audit;
  current: Audit;
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
}

export function PreviousActions({ comparison, previous, current, labels, language }: Props) {
  // A product is named by its title now, or as it was last time when it is no longer on the page.
  const titles = useMemo(() => new Map([...previous.products, ...current.products].map((p) => [p.key, p.card.title])), [previous, current]);
  return (
    <div className="report-previous-actions">
      <h3 className="report-subtitle">{t(language, 'report_previous_actions')}</h3>
      {comparison.actions.length === 0 ? (
        <p className="report-muted">{t(language, 'report_previous_actions_empty')}</p>
      ) : (
        <ul className="report-actions" data-testid="report-previous-actions">
          {comparison.actions.map(({ action, status }) => (
            <ActionLine
              key={action.id}
              action={action}
              titles={titles}
              labels={labels}
              language={language}
              testId="report-previous-action"
              status={
                <span className={`report-status ${STATUS[status].className}`} data-status={status}>
                  {t(language, STATUS[status].key)}
                </span>
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
