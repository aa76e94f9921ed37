import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSnippet, deleteSnippet, importSnippets, RapiDb, recordSnippetUse, restoreSnippet, updateSnippet } from '../../utils/db';
import * as searchIndex from '../../utils/snippets/search-index';
import { snippetHandlers } from './snippet-handlers';

// Counts full builds of the index wherever they happen (the handlers, search.ts, the keeper).
vi.mock('../../utils/snippets/search-index', async (original) => {
  const actual = await original<typeof import('../../utils/snippets/search-index')>();
  return { ...actual, createSearchIndex: vi.fn(actual.createSearchIndex) };
});
const builds = vi.mocked(searchIndex.createSearchIndex);

let db: RapiDb;
let handlers: ReturnType<typeof snippetHandlers>;
const ctx = { tabId: 1 };

const search = async (query: string) =>
  (await handlers['snippets/search']({ type: 'snippets/search', query, marketplace: 'shopee' }, ctx)).hits.map((hit) => hit.title);
/** The change has reached the background's copy and been indexed (the live query, then the deferred refresh). */
const indexed = (count: number) => vi.waitFor(() => expect(handlers.keeper.builds).toBe(count), { timeout: 2000, interval: 5 });

beforeEach(async () => {
  db = new RapiDb(`index-${Math.random()}`);
  await createSnippet(db, { title: 'Garansi dan retur', body: 'Garansi 7 hari dari {{nama_toko}}.', shortcut: ';garansi' });
  await createSnippet(db, { title: 'Perawatan batik', body: 'Cuci dengan lerak, jangan diperas.' });
  builds.mockClear();
  // mockReset in the config clears the wrapper's implementation: put the real build back.
  builds.mockImplementation(
    (await vi.importActual<typeof import('../../utils/snippets/search-index')>('../../utils/snippets/search-index')).createSearchIndex,
  );
  handlers = snippetHandlers(db);
  await indexed(1);
});

afterEach(async () => {
  handlers.stop();
  db.close();
  await db.delete();
});

describe('the palette search index kept in the background', () => {
  it('is built when the background starts, so opening the palette is one search and no build', async () => {
    builds.mockClear();
    // Neither was used yet: both come, in no particular order.
    expect((await search('')).sort()).toEqual(['Garansi dan retur', 'Perawatan batik']);
    expect(await search('garnasi')).toEqual(['Garansi dan retur']);
    expect(builds).not.toHaveBeenCalled();
    expect(handlers.keeper.builds).toBe(1);
  });

  it('follows an added snippet', async () => {
    await createSnippet(db, { title: 'Ukuran kemeja', body: 'Lingkar dada 100 cm.' });
    await indexed(2);
    builds.mockClear();
    expect(await search('kemeja')).toEqual(['Ukuran kemeja']);
    expect(builds).not.toHaveBeenCalled();
  });

  it('follows an edit: the new words are found, the old ones no longer', async () => {
    const id = (await db.snippets.where('shortcut').equals(';garansi').first())!.id;
    await updateSnippet(db, id, { title: 'Kebijakan tukar barang' });
    await indexed(2);
    expect(await search('kebijakan')).toEqual(['Kebijakan tukar barang']);
    expect(await search('retur')).toEqual([]);
  });

  it('follows a delete and its undo', async () => {
    const id = (await db.snippets.where('shortcut').equals(';garansi').first())!.id;
    const removed = await deleteSnippet(db, id);
    await indexed(2);
    expect(await search('garansi')).toEqual([]);
    await restoreSnippet(db, removed!);
    await indexed(3);
    expect(await search('garansi')).toEqual(['Garansi dan retur']);
  });

  it('follows an import', async () => {
    const result = await importSnippets(
      db,
      [
        { title: 'Ongkir gratis', body: 'Gratis ongkir ke seluruh Indonesia.' },
        { title: 'Pre order', body: 'Produksi ulang 7 hari kerja.' },
      ],
      { conflict: 'skip' },
    );
    expect(result.ok).toBe(true);
    await indexed(2);
    expect(await search('ongkir')).toEqual(['Ongkir gratis']);
    expect(await search('produksi')).toEqual(['Pre order']);
  });

  it('follows the store being cleared', async () => {
    await db.snippets.clear();
    await indexed(2);
    expect(await search('')).toEqual([]);
    expect(await search('garansi')).toEqual([]);
  });

  it('reorders after a use without building the word index again', async () => {
    const batik = (await db.snippets.filter((row) => row.title === 'Perawatan batik').first())!.id;
    const before = await handlers.keeper.index();
    await recordSnippetUse(db, batik, Date.now());
    await indexed(2);
    expect(await search('')).toEqual(['Perawatan batik', 'Garansi dan retur']);
    const after = await handlers.keeper.index();
    expect(after).not.toBe(before);
    // The word postings are the same arrays: only the use order was redone.
    expect(after.postingItems).toBe(before.postingItems);
    expect(after.tokenIds).toBe(before.tokenIds);
  });

  it('answers from the latest snippets even when a search comes before the refresh has run', async () => {
    handlers.stop();
    let deferred: (() => void) | undefined;
    const { keepSnippetIndex } = await import('./snippet-index');
    const keeper = keepSnippetIndex(db, { defer: (run) => (deferred = run) });
    handlers = snippetHandlers(db, undefined, keeper);
    await vi.waitFor(() => expect(deferred).toBeDefined());
    deferred!();
    deferred = undefined;
    const rowsBefore = await keeper.rows();
    await createSnippet(db, { title: 'Ukuran kemeja', body: 'Lingkar dada 100 cm.' });
    // The live query has handed over the new rows; the refresh it scheduled has not run.
    await vi.waitFor(async () => expect(await keeper.rows()).not.toBe(rowsBefore));
    expect(deferred).toBeDefined();
    expect(await search('kemeja')).toEqual(['Ukuran kemeja']);
  });

  it('previews without template syntax: a shop value shows by its plain name', async () => {
    const { hits } = await handlers['snippets/search']({ type: 'snippets/search', query: 'garansi', marketplace: 'shopee' }, ctx);
    expect(hits[0]!.preview).toBe('Garansi 7 hari dari ‹nama toko›.');
  });

  it('lists only snippets for this marketplace when nothing is typed yet', async () => {
    await createSnippet(db, { title: 'Khusus Tokopedia', body: 'Hanya di Tokopedia.', marketplaces: ['tokopedia'] });
    await indexed(2);
    expect(await search('')).not.toContain('Khusus Tokopedia');
  });
});
