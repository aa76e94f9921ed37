/** Test helpers: a fresh database per test (fake-indexeddb is loaded by each test file) and a full dump to compare. */
import type { Snippet } from '../../utils/snippets/model';
import { RapiDb, type SnippetRow, type VariableRow } from '../../utils/db/schema';

let counter = 0;

export function freshDbName(): string {
  counter += 1;
  return `rapi-test-${counter}-${crypto.randomUUID()}`;
}

export async function openFreshDb(): Promise<RapiDb> {
  const db = new RapiDb(freshDbName());
  await db.open();
  return db;
}

export async function dumpDb(db: RapiDb): Promise<{ snippets: SnippetRow[]; variables: VariableRow[] }> {
  return { snippets: await db.snippets.orderBy('id').toArray(), variables: await db.variables.orderBy('key').toArray() };
}

/** A valid stored snippet; `n` keeps ids and shortcuts apart. */
export function sampleSnippet(n: number, extra: Partial<Snippet> = {}): Snippet {
  return {
    id: `6f1c2a3b-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Teks ${n}`,
    body: `Isi teks ${n} dari {{nama_toko}} 🎁`,
    shortcut: `;teks${n}`,
    folder: n % 2 ? 'Kebijakan' : 'Perawatan',
    tags: n % 3 ? ['garansi'] : ['batik', 'perawatan'],
    marketplaces: n % 4 ? [] : ['shopee'],
    language: 'id',
    createdAt: 1_700_000_000_000 + n,
    updatedAt: 1_700_000_000_000 + n,
    useCount: n,
    ...(n % 2 === 0 && { lastUsedAt: 1_760_000_000_000 + n }),
    ...extra,
  };
}

/**
 * A database whose IndexedDB refuses to open, as a private window or blocked site data does:
 * `indexedDB.open` throws the browser's InvalidStateError (Dexie passes it on under that name).
 */
export function unavailableDb(): RapiDb {
  const refuse = () => {
    throw new DOMException('IndexedDB is not available in this window', 'InvalidStateError');
  };
  const factory = { open: refuse, deleteDatabase: refuse, cmp: (a: number, b: number) => a - b, databases: async () => [] };
  return new RapiDb(freshDbName(), { indexedDB: factory as unknown as IDBFactory, IDBKeyRange: globalThis.IDBKeyRange });
}
