/**
 * The mentor's own words for this session: free notes and a list of actions for the seller,
 * saved as they are typed. On paper the fields print as text.
 */
import { useCallback, useMemo } from 'react';
import type { ActionItem, Audit, AuditIssueId, CardResult } from '../../utils/audit';
import { AUDIT_LIMITS } from '../../utils/audit/schema';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { ActionForm } from './ActionForm';
import { ActionLine } from './ActionLine';
import { addAction, removeAction, toggleAction, type ActionDraft } from './actions';
import type { Autosave, SaveState } from './use-autosave';

type Notes = Pick<Audit, 'notes' | 'actions'>;

interface Props {
  notes: Autosave<Notes>;
  products: readonly CardResult[];
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
}

const STATE_TEXT: Partial<Record<SaveState, MessageKey>> = { pending: 'report_saving', saving: 'report_saving', saved: 'report_saved' };

export function NotesSection({ notes, products, labels, language }: Props) {
  const { value, state, error, update } = notes;
  const titles = useMemo(() => new Map(products.map((p) => [p.key, p.card.title])), [products]);
  const add = useCallback((draft: ActionDraft) => update((v) => ({ ...v, actions: addAction(v.actions, draft) }), true), [update]);
  const toggle = (action: ActionItem) => update((v) => ({ ...v, actions: toggleAction(v.actions, action.id) }), true);
  const remove = (action: ActionItem) => update((v) => ({ ...v, actions: removeAction(v.actions, action.id) }), true);
  const stateKey = STATE_TEXT[state];

  return (
    <section className="report-card report-notes" aria-labelledby="report-notes-title">
      <div className="report-notes__head">
        <h2 id="report-notes-title">{t(language, 'report_notes')}</h2>
        <span className={`report-saved report-saved--${state}`} data-testid="report-saved" data-state={state} role="status">
          {state === 'error' ? t(language, 'report_save_failed', error ?? '') : stateKey ? t(language, stateKey) : ''}
        </span>
      </div>
      <textarea
        className="report-screen"
        value={value.notes}
        maxLength={AUDIT_LIMITS.notes}
        rows={5}
        placeholder={t(language, 'report_notes_placeholder')}
        aria-labelledby="report-notes-title"
        data-testid="report-notes"
        onChange={(event) => {
          const text = event.target.value;
          update((v) => ({ ...v, notes: text }));
        }}
      />
      <p className="report-print report-notes__print">{value.notes.trim() === '' ? t(language, 'report_notes_empty') : value.notes}</p>
      <h2 className="report-notes__actions-title">{t(language, 'report_actions')}</h2>
      {value.actions.length === 0 ? (
        <p className="report-muted">{t(language, 'report_actions_empty')}</p>
      ) : (
        <ul className="report-actions" data-testid="report-actions">
          {value.actions.map((action) => (
            <ActionLine
              key={action.id}
              action={action}
              titles={titles}
              labels={labels}
              language={language}
              onToggle={toggle}
              onRemove={remove}
            />
          ))}
        </ul>
      )}
      <ActionForm actions={value.actions} products={products} labels={labels} language={language} onAdd={add} />
    </section>
  );
}
