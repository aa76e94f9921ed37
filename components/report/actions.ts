/** Action items as plain list operations, so the notes section only wires them to the page. */
import type { ActionItem, AuditIssueId } from '../../utils/audit';
import { AUDIT_LIMITS } from '../../utils/audit/schema';

export interface ActionDraft {
  text: string;
  ruleId: AuditIssueId | null;
  productKey: string | null;
}

export const EMPTY_DRAFT: ActionDraft = { text: '', ruleId: null, productKey: null };

/** Something to do needs words or an issue to fix; the list has a limit the schema enforces. */
export function canAdd(actions: readonly ActionItem[], draft: ActionDraft): boolean {
  return actions.length < AUDIT_LIMITS.actions && (draft.text.trim() !== '' || draft.ruleId !== null);
}

export function addAction(actions: readonly ActionItem[], draft: ActionDraft, id: string = crypto.randomUUID()): ActionItem[] {
  if (!canAdd(actions, draft)) return [...actions];
  const action: ActionItem = {
    id,
    text: draft.text.trim().slice(0, AUDIT_LIMITS.text),
    done: false,
    ...(draft.ruleId !== null && { ruleId: draft.ruleId }),
    ...(draft.productKey !== null && { productKey: draft.productKey }),
  };
  return [...actions, action];
}

export function toggleAction(actions: readonly ActionItem[], id: string): ActionItem[] {
  return actions.map((action) => (action.id === id ? { ...action, done: !action.done } : action));
}

export function removeAction(actions: readonly ActionItem[], id: string): ActionItem[] {
  return actions.filter((action) => action.id !== id);
}
