/**
 * Adding an action item: what to do, and optionally the issue and the product it is about. The
 * product list follows the chosen issue (only products that have it, worst first), so a mentor
 * picks from a handful rather than hundreds. Memoised: typing notes must not rebuild the list.
 */
import { memo, startTransition, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { ActionItem, AuditIssueId, CardResult } from '../../utils/audit';
import { issuesOf } from '../../utils/audit/issues';
import { AuditIssueIdSchema } from '../../utils/audit/schema';
import { t, type Language } from '../../utils/i18n';
import { previewText } from '../shared/format-value';
import { canAdd, EMPTY_DRAFT, type ActionDraft } from './actions';

interface Props {
  actions: readonly ActionItem[];
  products: readonly CardResult[];
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
  onAdd: (draft: ActionDraft) => void;
}

export const ActionForm = memo(function ActionForm({ actions, products, labels, language, onAdd }: Props) {
  const [draft, setDraft] = useState<ActionDraft>(EMPTY_DRAFT);
  // The product list (up to hundreds of options in a closed select) comes after the report is on screen.
  const [listReady, setListReady] = useState(false);
  useEffect(() => startTransition(() => setListReady(true)), []);
  const issues = useMemo(
    () => [...new Set(products.flatMap((p) => issuesOf(p)))].sort((a, b) => (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b)),
    [products, labels],
  );
  const choices = useMemo(
    () =>
      (listReady ? products : [])
        .filter((p) => draft.ruleId === null || issuesOf(p).includes(draft.ruleId))
        .sort((a, b) => a.score - b.score)
        .map((p) => ({ key: p.key, text: `${p.score} · ${previewText(p.card.title, 70).text}` })),
    [products, draft.ruleId, listReady],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canAdd(actions, draft)) return;
    onAdd(draft);
    setDraft(EMPTY_DRAFT);
  };
  const chooseIssue = (value: string) => {
    const parsed = AuditIssueIdSchema.safeParse(value);
    setDraft({ ...draft, ruleId: parsed.success ? parsed.data : null, productKey: null });
  };

  return (
    <form className="report-action-form report-screen" onSubmit={submit}>
      <label className="report-action-form__text">
        <span>{t(language, 'report_action_text')}</span>
        <input
          value={draft.text}
          maxLength={500}
          placeholder={t(language, 'report_action_placeholder')}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          data-testid="report-action-text"
        />
      </label>
      <label>
        <span>{t(language, 'report_action_issue')}</span>
        <select value={draft.ruleId ?? ''} onChange={(e) => chooseIssue(e.target.value)} data-testid="report-action-issue">
          <option value="">{t(language, 'report_action_no_issue')}</option>
          {issues.map((issue) => (
            <option key={issue} value={issue}>
              {labels.get(issue) ?? issue}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t(language, 'report_action_product')}</span>
        <select
          value={draft.productKey ?? ''}
          onChange={(e) => setDraft({ ...draft, productKey: e.target.value || null })}
          data-testid="report-action-product"
        >
          <option value="">{t(language, 'report_action_any')}</option>
          {choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.text}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="report-button report-button--primary"
        disabled={!canAdd(actions, draft)}
        data-testid="report-add-action"
      >
        {t(language, 'report_action_add')}
      </button>
    </form>
  );
});
