/**
 * Snippet queries as plain functions of the database, so each is tested on a
 * fresh fake-indexeddb. Writes validate with the same zod schema as files and
 * keep `searchText` in step with the text it is derived from.
 */
import type { Language } from '../i18n/translate';
import type { MarketplaceId } from '../marketplaces/types';
import { issueErrors } from '../snippets/file-messages';
import { SnippetContentSchema, SnippetSchema, type Snippet, type SnippetDraft, type SnippetFileError } from '../snippets/model';
import { buildSearchText } from '../snippets/normalize';
import { selfTriggerError } from '../snippets/self-trigger';
import type { RapiDb, SnippetRow } from './schema';

export type SnippetSort = 'recent' | 'most-used' | 'title';

export interface SnippetFilter {
  folder?: string;
  tag?: string;
  /** Snippets for this marketplace, including those meant for all. */
  marketplace?: MarketplaceId;
  language?: Language;
  sort?: SnippetSort;
}

export type StoreResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: 'invalid' | 'duplicate-shortcut' | 'not-found'; message: string; errors?: SnippetFileError[] } };

const SORTS: Record<SnippetSort, (a: SnippetRow, b: SnippetRow) => number> = {
  recent: (a, b) => (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || b.updatedAt - a.updatedAt,
  'most-used': (a, b) => b.useCount - a.useCount || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0),
  title: (a, b) => a.title.localeCompare(b.title, 'id'),
};

/** A row as stored: no `undefined` shortcut or date left behind, `searchText` recomputed. */
export function toRow(snippet: Snippet): SnippetRow {
  const row = { ...snippet, searchText: buildSearchText(snippet) };
  if (row.shortcut === undefined) delete row.shortcut;
  if (row.lastUsedAt === undefined) delete row.lastUsedAt;
  return row;
}

export function withoutSearchText({ searchText: _derived, ...snippet }: SnippetRow): Snippet {
  return snippet;
}

const invalid = (errors: SnippetFileError[]): StoreResult<never> => ({
  ok: false,
  error: { code: 'invalid', message: errors.map((error) => error.message).join('\n'), errors },
});
const notFound = (): StoreResult<never> => ({
  ok: false,
  error: { code: 'not-found', message: 'Teks siap pakai tidak ditemukan / Snippet not found' },
});
const shortcutTaken = (shortcut: string): StoreResult<never> => ({
  ok: false,
  error: {
    code: 'duplicate-shortcut',
    message: `Pintasan "${shortcut}" sudah dipakai teks lain / Shortcut "${shortcut}" is already used by another snippet`,
  },
});

async function shortcutOwner(db: RapiDb, shortcut: string | undefined): Promise<string | undefined> {
  if (shortcut === undefined) return undefined;
  return (await db.snippets.where('shortcut').equals(shortcut).primaryKeys())[0];
}

export async function listSnippets(db: RapiDb, filter: SnippetFilter = {}): Promise<SnippetRow[]> {
  const collection =
    filter.tag !== undefined
      ? db.snippets.where('tags').equals(filter.tag)
      : filter.folder !== undefined
        ? db.snippets.where('folder').equals(filter.folder)
        : db.snippets.toCollection();
  const rows = await collection
    .filter(
      (row) =>
        (filter.folder === undefined || row.folder === filter.folder) &&
        (filter.language === undefined || row.language === filter.language) &&
        (filter.marketplace === undefined || row.marketplaces.length === 0 || row.marketplaces.includes(filter.marketplace)),
    )
    .toArray();
  return rows.sort(SORTS[filter.sort ?? 'recent']);
}

export function getSnippet(db: RapiDb, id: string): Promise<SnippetRow | undefined> {
  return db.snippets.get(id);
}

export async function createSnippet(db: RapiDb, draft: SnippetDraft, now: number = Date.now()): Promise<StoreResult<SnippetRow>> {
  const parsed = SnippetContentSchema.safeParse(draft, { reportInput: true });
  if (!parsed.success) return invalid(issueErrors('json', undefined, parsed.error));
  const loop = selfTriggerError(parsed.data);
  if (loop) return invalid([loop]);
  const row = toRow({ ...parsed.data, id: crypto.randomUUID(), createdAt: now, updatedAt: now, useCount: 0 });
  return db.transaction('rw', db.snippets, async () => {
    if (await shortcutOwner(db, row.shortcut)) return shortcutTaken(row.shortcut!);
    await db.snippets.add(row);
    return { ok: true as const, value: row };
  });
}

/** Changes the content; `shortcut: undefined` in the patch removes the shortcut. */
export async function updateSnippet(
  db: RapiDb,
  id: string,
  patch: Partial<SnippetDraft>,
  now: number = Date.now(),
): Promise<StoreResult<SnippetRow>> {
  return db.transaction('rw', db.snippets, async () => {
    const existing = await db.snippets.get(id);
    if (!existing) return notFound();
    const parsed = SnippetContentSchema.safeParse({ ...withoutSearchText(existing), ...patch }, { reportInput: true });
    if (!parsed.success) return invalid(issueErrors('json', undefined, parsed.error));
    const loop = selfTriggerError(parsed.data);
    if (loop) return invalid([loop]);
    const owner = await shortcutOwner(db, parsed.data.shortcut);
    if (owner !== undefined && owner !== id) return shortcutTaken(parsed.data.shortcut!);
    const { id: _, createdAt, useCount, lastUsedAt } = existing;
    const row = toRow({ ...parsed.data, id, createdAt, useCount, lastUsedAt, updatedAt: Math.max(now, createdAt) });
    await db.snippets.put(row);
    return { ok: true as const, value: row };
  });
}

/** Removes a snippet and hands it back, so "Urungkan" (undo) can `restoreSnippet` it. */
export async function deleteSnippet(db: RapiDb, id: string): Promise<SnippetRow | undefined> {
  return db.transaction('rw', db.snippets, async () => {
    const existing = await db.snippets.get(id);
    if (existing) await db.snippets.delete(id);
    return existing;
  });
}

/** Puts a deleted snippet back as it was (same id, counts and dates). */
export async function restoreSnippet(db: RapiDb, snippet: Snippet): Promise<StoreResult<SnippetRow>> {
  const parsed = SnippetSchema.safeParse(withoutSearchText(snippet as SnippetRow), { reportInput: true });
  if (!parsed.success) return invalid(issueErrors('json', undefined, parsed.error));
  const row = toRow(parsed.data);
  return db.transaction('rw', db.snippets, async () => {
    const owner = await shortcutOwner(db, row.shortcut);
    if (owner !== undefined && owner !== row.id) return shortcutTaken(row.shortcut!);
    await db.snippets.put(row);
    return { ok: true as const, value: row };
  });
}

/** Counts an insertion. Returns false when the snippet no longer exists. */
export async function recordSnippetUse(db: RapiDb, id: string, now: number = Date.now()): Promise<boolean> {
  const changed = await db.snippets
    .where('id')
    .equals(id)
    .modify((row) => {
      row.useCount += 1;
      row.lastUsedAt = now;
    });
  return changed > 0;
}

/** Everything, oldest first, without derived columns: what `serializeSnippets` writes to a backup. */
export async function exportAllSnippets(db: RapiDb): Promise<Snippet[]> {
  const rows = await db.snippets.toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map(withoutSearchText);
}
