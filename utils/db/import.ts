/**
 * Bulk import in one transaction: every entry is validated before anything is
 * written, and any failure while writing rolls the whole batch back, so an
 * import either lands completely or leaves the database exactly as it was.
 */
import { duplicateErrors } from '../snippets/file-format';
import { capErrors, fileError, issueErrors, rowName } from '../snippets/file-messages';
import { SNIPPET_LIMITS, SnippetImportSchema, type ConflictChoice, type SnippetFileError, type SnippetImport } from '../snippets/model';
import type { RapiDb, SnippetRow } from './schema';
import { isStorageUnavailable } from './storage-errors';
import { toRow } from './snippets';

export interface ImportOptions {
  /** What to do when an entry has the id or the shortcut of a stored snippet. */
  conflict: ConflictChoice;
  now?: number;
}

export interface ImportSummary {
  added: number;
  replaced: number;
  skipped: number;
}

/** `storageUnavailable`: nothing in the file was wrong, Rapi's storage could not be opened (say so, never blame the file). */
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: SnippetFileError[]; storageUnavailable?: true };

function validate(entries: readonly unknown[]): { valid: SnippetImport[]; errors: SnippetFileError[] } {
  const valid: SnippetImport[] = [];
  const errors: SnippetFileError[] = [];
  entries.forEach((entry, index) => {
    const parsed = SnippetImportSchema.safeParse(entry, { reportInput: true });
    if (parsed.success) valid.push(parsed.data);
    else errors.push(...issueErrors('json', index + 1, parsed.error));
  });
  if (errors.length === 0) errors.push(...duplicateErrors(valid, 'json', (index) => index + 1));
  return { valid, errors };
}

/** `;garansi` taken → `;garansi2`, `;garansi3`…, within the length limit. */
function freeShortcut(shortcut: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = String(n);
    const candidate = shortcut.slice(0, SNIPPET_LIMITS.shortcut - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

const copyTitle = (title: string) => `${title.slice(0, SNIPPET_LIMITS.title - 4)} (2)`;

interface Plan {
  deletes: string[];
  puts: SnippetRow[];
  summary: ImportSummary;
  /** Rows the batch cannot apply as asked; when there are any, nothing is written. */
  errors: SnippetFileError[];
}

/**
 * Two rows that would replace the same stored snippet (one by its id, the other by its shortcut)
 * cannot both win: only one would be kept while the summary counted
 * two. Which one the seller meant is theirs to say, so the batch is refused with both rows named.
 */
function sameTargetError(first: number, second: number, title: string): SnippetFileError {
  const [firstId, firstEn] = rowName('json', first);
  return fileError(
    'json',
    `akan menggantikan teks tersimpan "${title}", sama dengan ${firstId}; simpan satu saja di file, lalu impor lagi`,
    `would replace the stored snippet "${title}", as ${firstEn} does; keep only one of them in the file, then import again`,
    second,
  );
}

/** What the batch does to the stored snippets; read inside the transaction that writes it. */
async function plan(db: RapiDb, valid: readonly SnippetImport[], conflict: ConflictChoice, now: number): Promise<Plan> {
  const ids = new Set(await db.snippets.toCollection().primaryKeys());
  const owners = new Map<string, string>();
  await db.snippets.orderBy('shortcut').eachKey((key, cursor) => owners.set(String(key), cursor.primaryKey));
  const taken = new Set([...owners.keys(), ...valid.flatMap((entry) => (entry.shortcut ? [entry.shortcut] : []))]);
  const matchesOf = (entry: SnippetImport) =>
    [...new Set([entry.id && ids.has(entry.id) ? entry.id : undefined, entry.shortcut && owners.get(entry.shortcut)])].filter(
      (id): id is string => typeof id === 'string',
    );
  const before = new Map<string, SnippetRow>();
  if (conflict === 'replace') {
    for (const row of await db.snippets.bulkGet(valid.flatMap(matchesOf))) if (row) before.set(row.id, row);
  }

  const deletes = new Set<string>();
  const puts: SnippetRow[] = [];
  const summary: ImportSummary = { added: 0, replaced: 0, skipped: 0 };
  const errors: SnippetFileError[] = [];
  /** Stored snippet id → the (1-based) row that replaces it. */
  const replacedBy = new Map<string, number>();
  const write = (entry: SnippetImport, id: string, previous?: SnippetRow) =>
    puts.push(
      toRow({
        ...entry,
        id,
        createdAt: entry.createdAt ?? previous?.createdAt ?? now,
        updatedAt: entry.updatedAt ?? now,
        useCount: entry.useCount ?? previous?.useCount ?? 0,
        lastUsedAt: entry.lastUsedAt ?? previous?.lastUsedAt,
      }),
    );
  valid.forEach((entry, index) => {
    const matches = matchesOf(entry);
    if (matches.length === 0) {
      write(entry, entry.id ?? crypto.randomUUID());
      summary.added++;
    } else if (conflict === 'skip') {
      summary.skipped++;
    } else if (conflict === 'replace') {
      // The imported text takes the place of every snippet it collides with, by id and by shortcut.
      for (const id of matches) {
        const first = replacedBy.get(id);
        if (first === undefined) replacedBy.set(id, index + 1);
        else errors.push(sameTargetError(first, index + 1, before.get(id)?.title ?? id));
        deletes.add(id);
      }
      const id = entry.id ?? matches[0]!;
      write(entry, id, before.get(id));
      summary.replaced++;
    } else {
      const shortcut = entry.shortcut && owners.has(entry.shortcut) ? freeShortcut(entry.shortcut, taken) : entry.shortcut;
      if (shortcut) taken.add(shortcut);
      write({ ...entry, title: copyTitle(entry.title), shortcut }, crypto.randomUUID());
      summary.added++;
    }
  });
  return { deletes: [...deletes], puts, summary, errors };
}

function failure(error: unknown): ImportResult {
  if (isStorageUnavailable(error)) {
    const message = "Penyimpanan Rapi tidak tersedia; tidak ada yang berubah / Rapi's storage is unavailable; nothing changed";
    return { ok: false, storageUnavailable: true, errors: [{ message }] };
  }
  const reason = error instanceof Error ? error.name : 'Error';
  const message =
    reason === 'QuotaExceededError'
      ? 'Penyimpanan perangkat penuh; impor dibatalkan dan tidak ada yang berubah / Device storage is full; the import was cancelled and nothing changed'
      : `Impor gagal (${reason}); tidak ada yang berubah / The import failed (${reason}); nothing changed`;
  return { ok: false, errors: [{ message }] };
}

export async function importSnippets(db: RapiDb, entries: readonly unknown[], options: ImportOptions): Promise<ImportResult> {
  const { valid, errors } = validate(entries);
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  try {
    return await db.transaction('rw', db.snippets, async (): Promise<ImportResult> => {
      const { deletes, puts, summary, errors } = await plan(db, valid, options.conflict, options.now ?? Date.now());
      if (errors.length) return { ok: false, errors: capErrors(errors) };
      await db.snippets.bulkDelete(deletes);
      await db.snippets.bulkPut(puts);
      return { ok: true, summary };
    });
  } catch (error) {
    return failure(error);
  }
}
