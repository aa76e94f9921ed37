/**
 * The mentor's notes as last typed, kept synchronously in the page's own storage when the page is
 * hidden with changes not yet in the database. Saving goes through IndexedDB, which is
 * asynchronous: a note typed just before the tab closes would otherwise be lost. The draft is
 * read back (and checked: it is data from an earlier page) the next time the report opens.
 */
import { z } from 'zod';
import { ActionItemSchema, AUDIT_LIMITS, type Audit } from '../../utils/audit/schema';

export type NotesDraft = Pick<Audit, 'notes' | 'actions'>;

const DraftSchema = z.object({
  notes: z.string().max(AUDIT_LIMITS.notes),
  actions: z.array(ActionItemSchema).max(AUDIT_LIMITS.actions),
});

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (auditId: number) => `rapi:report-draft:${auditId}`;

export function readDraft(storage: DraftStorage | undefined, auditId: number): NotesDraft | null {
  try {
    const text = storage?.getItem(draftKey(auditId));
    if (!text) return null;
    const parsed = DraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(storage: DraftStorage | undefined, auditId: number, draft: NotesDraft): void {
  try {
    storage?.setItem(draftKey(auditId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the asynchronous save is still under way and may finish.
  }
}

export function clearDraft(storage: DraftStorage | undefined, auditId: number): void {
  try {
    storage?.removeItem(draftKey(auditId));
  } catch {
    // Nothing to clear.
  }
}

/** The page's localStorage, or nothing where it is unavailable. */
export function pageStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
