/**
 * Saved mentor audits. An audit is parsed with its zod schema before it is stored
 * and again when it is read back, so a damaged row surfaces as missing rather
 * than as a broken report.
 */
import { AuditSchema, type Audit } from '../audit/schema';
import type { AuditRow, RapiDb } from './schema';

export interface SavedAudit {
  id: number;
  shopKey: string;
  audit: Audit;
}

/** One shop across sessions: marketplace plus the page's path without query or trailing slash. */
export function shopKeyOf(audit: Pick<Audit, 'marketplace' | 'url'>): string {
  let path = audit.url;
  try {
    path = new URL(audit.url).pathname;
  } catch {
    // Not a URL: keep the text, it still groups identical addresses.
  }
  return `${audit.marketplace}:${path.replace(/\/+$/, '').toLowerCase() || '/'}`;
}

const toSaved = (row: AuditRow): SavedAudit | undefined => {
  const parsed = AuditSchema.safeParse(row.audit);
  return parsed.success && row.id !== undefined ? { id: row.id, shopKey: row.shopKey, audit: parsed.data } : undefined;
};

export async function saveAudit(db: RapiDb, audit: Audit): Promise<SavedAudit> {
  const checked = AuditSchema.parse(audit);
  const shopKey = shopKeyOf(checked);
  const id = await db.audits.add({ shopKey, marketplace: checked.marketplace, at: checked.at, audit: checked });
  return { id: id as number, shopKey, audit: checked };
}

export async function getAudit(db: RapiDb, id: number): Promise<SavedAudit | undefined> {
  const row = await db.audits.get(id);
  return row ? toSaved(row) : undefined;
}

/** The mentor's notes and action items change; the products scored at the time do not. */
export async function updateAuditNotes(db: RapiDb, id: number, notes: Pick<Audit, 'notes' | 'actions'>): Promise<SavedAudit | undefined> {
  const current = await getAudit(db, id);
  if (!current) return undefined;
  const audit = AuditSchema.parse({ ...current.audit, notes: notes.notes, actions: notes.actions });
  await db.audits.update(id, { audit });
  return { ...current, audit };
}

/**
 * The audit of the same shop just before this one, for the comparison. Only that one is read and
 * parsed (ids first, newest first): a shop audited monthly has a dozen audits of up to 10,000
 * products each, and reading them all slowed every report. A damaged row is passed over.
 */
export async function previousAudit(db: RapiDb, saved: SavedAudit): Promise<SavedAudit | undefined> {
  const ids = await db.audits
    .where('[shopKey+at]')
    .between([saved.shopKey, ''], [saved.shopKey, saved.audit.at], true, false)
    .reverse()
    .primaryKeys();
  for (const id of ids) {
    if (id === saved.id) continue;
    const row = await db.audits.get(id);
    const found = row ? toSaved(row) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Every saved audit, newest first, grouped by the caller as it likes. */
export async function listAudits(db: RapiDb): Promise<SavedAudit[]> {
  const rows = await db.audits.orderBy('at').reverse().toArray();
  return rows.map(toSaved).filter((row): row is SavedAudit => row !== undefined);
}

export async function deleteAudit(db: RapiDb, id: number): Promise<void> {
  await db.audits.delete(id);
}
