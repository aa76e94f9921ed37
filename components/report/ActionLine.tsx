/** One action item: ticked when done, with the issue and product it is about. */
import type { ReactNode } from 'react';
import type { ActionItem, AuditIssueId } from '../../utils/audit';
import { t, type Language } from '../../utils/i18n';

interface Props {
  action: ActionItem;
  /** Product titles by key, to name the product an action points at. */
  titles: ReadonlyMap<string, string>;
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
  onToggle?: (action: ActionItem) => void;
  onRemove?: (action: ActionItem) => void;
  /** Shown after the text, e.g. whether the listing now passes. */
  status?: ReactNode;
  testId?: string;
}

export function ActionText({ action, titles, labels, language }: Pick<Props, 'action' | 'titles' | 'labels' | 'language'>) {
  const issue = action.ruleId ? (labels.get(action.ruleId) ?? action.ruleId) : undefined;
  const product =
    action.productKey === undefined ? undefined : (titles.get(action.productKey) ?? t(language, 'report_action_product_missing'));
  return (
    <span className="report-action__text">
      {action.text !== '' && <span>{action.text}</span>}
      {issue && <span className="report-chip">{issue}</span>}
      {product && <span className="report-action__product">{product}</span>}
    </span>
  );
}

export function ActionLine({ action, titles, labels, language, onToggle, onRemove, status, testId = 'report-action' }: Props) {
  const name = action.text || (action.ruleId ? labels.get(action.ruleId) : '') || '';
  return (
    <li className={`report-action${action.done ? ' report-action--done' : ''}`} data-testid={testId} data-done={action.done}>
      {onToggle ? (
        <label className="report-action__check">
          <input
            type="checkbox"
            className="report-screen"
            checked={action.done}
            onChange={() => onToggle(action)}
            data-testid="report-action-done"
          />
          <span className="report-print" aria-hidden="true">
            {action.done ? '☑' : '☐'}
          </span>
          <ActionText action={action} titles={titles} labels={labels} language={language} />
        </label>
      ) : (
        <span className="report-action__check">
          <span aria-hidden="true">{action.done ? '☑' : '☐'}</span>
          <ActionText action={action} titles={titles} labels={labels} language={language} />
        </span>
      )}
      {status}
      {onRemove && (
        <button
          type="button"
          className="report-button report-button--quiet report-action__remove"
          aria-label={t(language, 'report_action_remove_label', name)}
          onClick={() => onRemove(action)}
          data-testid="report-action-remove"
        >
          {t(language, 'report_action_remove')}
        </button>
      )}
    </li>
  );
}
