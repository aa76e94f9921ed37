import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchText } from '../snippets/normalize';
import type { RapiDb } from './schema';
import {
  createSnippet,
  deleteSnippet,
  exportAllSnippets,
  getSnippet,
  listSnippets,
  recordSnippetUse,
  restoreSnippet,
  toRow,
  updateSnippet,
} from './snippets';
import { openFreshDb, sampleSnippet } from '../../tests/support/test-db';

let db: RapiDb;
beforeEach(async () => {
  db = await openFreshDb();
});
afterEach(() => db.close());

const draft = { title: 'Garansi 7 hari', body: 'Garansi dari {{nama_toko}}.', shortcut: ';Garansi', tags: ['garansi'] };

describe('snippet queries', () => {
  it('creates with an id, defaults, counters and searchText', async () => {
    const created = await createSnippet(db, draft, 1_000);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({
      shortcut: ';garansi',
      folder: '',
      marketplaces: [],
      language: 'id',
      createdAt: 1_000,
      updatedAt: 1_000,
      useCount: 0,
    });
    expect(created.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.value.searchText).toBe(buildSearchText(created.value));
    expect(await getSnippet(db, created.value.id)).toEqual(created.value);
  });

  it('refuses invalid drafts, broken templates and a shortcut already in use', async () => {
    expect(await createSnippet(db, { title: '', body: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await createSnippet(db, { title: 'a', body: 'Dari {{kota' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await createSnippet(db, draft);
    expect(await createSnippet(db, { ...draft, shortcut: ';garansi' })).toMatchObject({ ok: false, error: { code: 'duplicate-shortcut' } });
    expect(await db.snippets.count()).toBe(1);
  });

  it('updates content, keeps history and recomputes searchText', async () => {
    const created = await createSnippet(db, draft, 1_000);
    if (!created.ok) throw new Error('create failed');
    await recordSnippetUse(db, created.value.id, 1_500);
    const updated = await updateSnippet(db, created.value.id, { title: 'Garansi 14 hari', shortcut: undefined }, 2_000);
    expect(updated.ok).toBe(true);
    const row = await getSnippet(db, created.value.id);
    expect(row).toMatchObject({ title: 'Garansi 14 hari', createdAt: 1_000, updatedAt: 2_000, useCount: 1, lastUsedAt: 1_500 });
    expect(row).not.toHaveProperty('shortcut');
    expect(row!.searchText).toBe(buildSearchText(row!));
    expect(await updateSnippet(db, 'missing', { title: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses to give a snippet another one’s shortcut', async () => {
    await createSnippet(db, draft);
    const other = await createSnippet(db, { title: 'Retur', body: 'Retur.', shortcut: ';retur' });
    if (!other.ok) throw new Error('create failed');
    expect(await updateSnippet(db, other.value.id, { shortcut: ';garansi' })).toMatchObject({
      ok: false,
      error: { code: 'duplicate-shortcut' },
    });
    expect(await updateSnippet(db, other.value.id, { shortcut: ';retur', title: 'Retur barang' })).toMatchObject({ ok: true });
  });

  it('deletes and restores exactly (undo)', async () => {
    const snippet = sampleSnippet(4);
    await db.snippets.add(toRow(snippet));
    const before = await db.snippets.toArray();
    const deleted = await deleteSnippet(db, snippet.id);
    expect(await db.snippets.count()).toBe(0);
    expect(await deleteSnippet(db, snippet.id)).toBeUndefined();
    expect(await restoreSnippet(db, deleted!)).toMatchObject({ ok: true });
    expect(await db.snippets.toArray()).toEqual(before);
  });

  it('does not restore over a shortcut taken in the meantime', async () => {
    await db.snippets.add(toRow(sampleSnippet(1)));
    const deleted = await deleteSnippet(db, sampleSnippet(1).id);
    await createSnippet(db, { title: 'Baru', body: 'Baru', shortcut: ';teks1' });
    expect(await restoreSnippet(db, deleted!)).toMatchObject({ ok: false, error: { code: 'duplicate-shortcut' } });
  });

  it('records a use', async () => {
    await db.snippets.add(toRow(sampleSnippet(3)));
    expect(await recordSnippetUse(db, sampleSnippet(3).id, 9_000)).toBe(true);
    expect(await getSnippet(db, sampleSnippet(3).id)).toMatchObject({ useCount: 4, lastUsedAt: 9_000 });
    expect(await recordSnippetUse(db, 'missing')).toBe(false);
  });

  it('lists by recent or most used and filters by folder, tag, marketplace and language', async () => {
    await db.snippets.bulkAdd([1, 2, 3, 4, 5, 6].map((n) => toRow(sampleSnippet(n))));
    await db.snippets.add(toRow(sampleSnippet(7, { language: 'en', marketplaces: ['lazada'] })));
    const ids = (rows: { title: string }[]) => rows.map((row) => row.title);
    expect(ids(await listSnippets(db, { sort: 'most-used' }))).toEqual([
      'Teks 7',
      'Teks 6',
      'Teks 5',
      'Teks 4',
      'Teks 3',
      'Teks 2',
      'Teks 1',
    ]);
    // Used ones first (latest first), then never-used by last change.
    expect(ids(await listSnippets(db))).toEqual(['Teks 6', 'Teks 4', 'Teks 2', 'Teks 7', 'Teks 5', 'Teks 3', 'Teks 1']);
    expect(ids(await listSnippets(db, { folder: 'Perawatan', sort: 'title' }))).toEqual(['Teks 2', 'Teks 4', 'Teks 6']);
    expect(ids(await listSnippets(db, { tag: 'batik', sort: 'title' }))).toEqual(['Teks 3', 'Teks 6']);
    expect(ids(await listSnippets(db, { tag: 'batik', folder: 'Kebijakan' }))).toEqual(['Teks 3']);
    expect(ids(await listSnippets(db, { marketplace: 'lazada', sort: 'title' }))).toEqual([
      'Teks 1',
      'Teks 2',
      'Teks 3',
      'Teks 5',
      'Teks 6',
      'Teks 7',
    ]);
    expect(ids(await listSnippets(db, { language: 'en' }))).toEqual(['Teks 7']);
  });

  it('exports everything oldest first, without derived columns', async () => {
    await db.snippets.bulkAdd([3, 1, 2].map((n) => toRow(sampleSnippet(n))));
    expect(await exportAllSnippets(db)).toEqual([1, 2, 3].map((n) => sampleSnippet(n)));
  });
});
