import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnippet, RapiDb, saveVariable } from '../../utils/db';
import { unavailableDb } from '../../tests/support/test-db';
import { parseReply } from '../../utils/messaging/client';
import { createRouter, type Handlers } from '../../utils/messaging/router';
import { snippetHandlers } from './snippet-handlers';

let db: RapiDb;
let handlers: ReturnType<typeof snippetHandlers>;
const ctx = { tabId: 1 };
const NOW = new Date('2026-11-24T10:00:00+07:00');

beforeEach(async () => {
  db = new RapiDb(`handlers-${Math.random()}`);
  handlers = snippetHandlers(db, () => NOW);
  await createSnippet(db, {
    title: 'Garansi dan retur',
    body: 'Garansi 7 hari dari {{nama_toko}}. Ukuran: {{isi:ukuran}}.',
    shortcut: ';garansi',
  });
  await createSnippet(db, {
    title: 'Perawatan batik',
    body: 'Cuci dengan lerak, jangan diperas. {{judul}} seberat {{berat}}.',
    marketplaces: ['tokopedia'],
  });
});

afterEach(async () => {
  handlers.stop();
  db.close();
  await db.delete();
});

describe('snippet handlers', () => {
  it('finds a snippet by a misspelt word and says which fill-ins it asks for', async () => {
    const { hits } = await handlers['snippets/search']({ type: 'snippets/search', query: 'garnasi', marketplace: 'shopee' }, ctx);
    expect(hits[0]).toMatchObject({ title: 'Garansi dan retur', shortcut: ';garansi', fillIns: [{ kind: 'text', name: 'ukuran' }] });
  });

  it('keeps snippets meant for another marketplace out of the results', async () => {
    const { hits } = await handlers['snippets/search']({ type: 'snippets/search', query: 'batik', marketplace: 'shopee' }, ctx);
    expect(hits.map((h) => h.title)).not.toContain('Perawatan batik');
  });

  it('renders with the listing, the variables and the fill-ins, or says what is missing', async () => {
    const id = (await db.snippets.where('shortcut').equals(';garansi').first())!.id;
    const missing = await handlers['snippets/render']({ type: 'snippets/render', id, listing: {}, fields: { ukuran: 'M' } }, ctx);
    expect(missing).toMatchObject({ ok: false, missing: { variables: ['nama_toko'] } });
    await saveVariable(db, 'nama_toko', 'Batik Sari');
    const done = await handlers['snippets/render']({ type: 'snippets/render', id, listing: {}, fields: { ukuran: 'M' } }, ctx);
    expect(done).toEqual({ ok: true, text: 'Garansi 7 hari dari Batik Sari. Ukuran: M.' });
  });

  it('finds a typed shortcut whatever its case, and records uses', async () => {
    const { hit } = await handlers['snippets/by-shortcut'](
      { type: 'snippets/by-shortcut', shortcut: ';GARANSI', marketplace: 'lazada' },
      ctx,
    );
    expect(hit?.title).toBe('Garansi dan retur');
    expect(await handlers['snippets/record-use']({ type: 'snippets/record-use', id: hit!.id }, ctx)).toEqual({ recorded: true });
    expect((await db.snippets.get(hit!.id))?.useCount).toBe(1);
  });

  it('answers "storage unavailable", a typed error, not an empty list, when the database cannot be opened', async () => {
    const broken = snippetHandlers(unavailableDb(), () => NOW);
    const route = createRouter(broken as unknown as Handlers, 'rapi');
    const search = await route({ type: 'snippets/search', query: '', marketplace: 'shopee' }, { id: 'rapi' });
    expect(search).toEqual({
      ok: false,
      error: { code: 'storage-unavailable', message: { id: 'Penyimpanan Rapi tidak bisa dibuka', en: "Rapi's storage cannot be opened" } },
    });
    // The content script's client turns it into an error the palette can tell apart.
    expect(() => parseReply('snippets/search', search)).toThrow(
      expect.objectContaining({ body: expect.objectContaining({ code: 'storage-unavailable' }) }),
    );
    const shortcut = await route({ type: 'snippets/by-shortcut', shortcut: ';garansi', marketplace: 'shopee' }, { id: 'rapi' });
    expect(shortcut).toMatchObject({ ok: false, error: { code: 'storage-unavailable' } });
    broken.stop();
  });

  it('answers an unknown snippet with a message, not an exception', async () => {
    expect(await handlers['snippets/render']({ type: 'snippets/render', id: 'nope', listing: {}, fields: {} }, ctx)).toMatchObject({
      ok: false,
    });
  });
});
