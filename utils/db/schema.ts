/**
 * The one place Rapi's IndexedDB schema is declared. Every shipped change adds a
 * version and keeps the ones before it with their upgraders: a seller's database
 * may be any number of versions behind. Each upgrader is tested on a database
 * filled by the version before (schema.test.ts).
 *
 * Dexie runs only in the extension's own origin (background, popup, options),
 * never in a content script, where the database would belong to the marketplace.
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { buildSearchText } from '../snippets/normalize';
import type { Snippet } from '../snippets/model';
import type { Audit } from '../audit/schema';

export const DB_NAME = 'rapi';

/** A snippet as stored since version 2: `searchText` is `buildSearchText` of it, kept up to date on write. */
export interface SnippetRow extends Snippet {
  searchText: string;
}

export interface VariableRow {
  key: string;
  value: string;
}

/**
 * Version 1. Indexes only on short values used to filter and sort; never on the
 * body (an index copies every body into the index tree and slows each write).
 * `&shortcut` is unique: a typed trigger must name one snippet. Rows without a
 * shortcut are simply not in that index.
 */
export const STORES_V1 = {
  snippets: 'id, &shortcut, folder, *tags, *marketplaces, language, updatedAt, useCount, lastUsedAt',
  variables: 'key',
} as const;

/**
 * Version 2 adds `searchText` (title, shortcut, tags and body normalised for
 * search) so the palette does not re-normalise thousands of bodies on each
 * keystroke. Not indexed: it is read whole, never queried by range.
 */
export const STORES_V2 = STORES_V1;

export function declareVersion1(db: Dexie): void {
  db.version(1).stores(STORES_V1);
}

/** Fills `searchText` for every snippet written by version 1. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table<SnippetRow, string>('snippets')
    .toCollection()
    .modify((row) => {
      row.searchText = buildSearchText(row);
    });
}

export function declareVersion2(db: Dexie): void {
  db.version(2).stores(STORES_V2).upgrade(upgradeToVersion2);
}

/** A saved mentor audit: the audit itself (zod-checked JSON) and the keys to find a shop's history. */
export interface AuditRow {
  id?: number;
  /** Marketplace and shop address, e.g. "tokopedia:/batiksaripekalongan": one shop's audits over the months. */
  shopKey: string;
  marketplace: string;
  /** ISO time of the audit, which sorts as text. */
  at: string;
  audit: Audit;
}

/**
 * Version 3 adds mentor audits. Only short keys are indexed; the audit (hundreds of
 * products) is stored whole and never queried by its content. Nothing to migrate.
 */
export const STORES_V3 = { ...STORES_V2, audits: '++id, shopKey, [shopKey+at], marketplace, at' } as const;

export function declareVersion3(db: Dexie): void {
  db.version(3).stores(STORES_V3);
}

export class RapiDb extends Dexie {
  snippets!: EntityTable<SnippetRow, 'id'>;
  variables!: EntityTable<VariableRow, 'key'>;
  audits!: EntityTable<AuditRow, 'id'>;

  /** `options` lets tests and benchmarks pass fake-indexeddb without touching globals. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersion1(this);
    declareVersion2(this);
    declareVersion3(this);
  }
}

let shared: RapiDb | undefined;

/** The extension's database, opened on first use. For extension pages and the background only. */
export function rapiDb(): RapiDb {
  shared ??= new RapiDb();
  return shared;
}
