/**
 * When the extension's IndexedDB cannot be used at all: a private window that refuses it, site
 * data blocked, IndexedDB switched off (`indexedDB` null), the database closed under the page
 * (site data cleared) or left by a newer Rapi. Every screen then says one plain thing, "Rapi's
 * storage is unavailable", instead of empty lists, "not found", "no snippets" or a file error.
 * Pure: error names only, no Dexie import, so the message router can use it too.
 */
const UNAVAILABLE = new Set([
  'DatabaseClosedError', // Dexie: the database was closed (or failed to open) and will not reopen by itself
  'OpenFailedError', // Dexie: opening failed; the browser's own reason is in `inner`
  'MissingAPIError', // Dexie: no IndexedDB in this context
  'InvalidStateError', // the browser refused IndexedDB (Firefox private windows before version 115)
  'UnknownError', // the browser's IndexedDB backend failed (disk, profile)
  'VersionError', // a newer Rapi upgraded the database; this one cannot open it
  'SecurityError', // storage blocked by the browser's privacy settings
]);

export function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return (typeof name === 'string' && UNAVAILABLE.has(name)) || (inner !== undefined && inner !== error && isStorageUnavailable(inner));
}

/** Opens the database to learn whether storage works at all: true when it does. */
export async function checkStorage(db: { open: () => PromiseLike<unknown> }): Promise<boolean> {
  try {
    await db.open();
    return true;
  } catch {
    // Whatever stopped the open, nothing can be read or saved.
    return false;
  }
}
