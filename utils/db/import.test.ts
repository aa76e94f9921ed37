import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSnippetFile } from '../snippets/file';
import type { SnippetImport } from '../snippets/model';
import { importSnippets } from './import';
import type { RapiDb } from './schema';
import { toRow } from './snippets';
import { dumpDb, openFreshDb, sampleSnippet, unavailableDb } from '../../tests/support/test-db';

let db: RapiDb;
beforeEach(async () => {
  db = await openFreshDb();
  await db.snippets.bulkAdd([1, 2, 3].map((n) => toRow(sampleSnippet(n))));
  await db.variables.put({ key: 'nama_toko', value: 'Batik Sekar Jagad' });
});
afterEach(() => db.close());

const fresh = (n: number, extra: Partial<SnippetImport> = {}): SnippetImport => {
  const { id: _id, shortcut: _shortcut, ...rest } = sampleSnippet(n);
  return { ...rest, title: `Baru ${n}`, ...extra };
};

describe('importSnippets', () => {
  it('imports a parsed file in one go', async () => {
    const file = parseSnippetFile(readFileSync(new URL('../snippets/starter-pack-id.json', import.meta.url), 'utf8'), 'json');
    if (!file.ok) throw new Error('starter pack does not parse');
    expect(await importSnippets(db, file.snippets, { conflict: 'skip', now: 5_000 })).toEqual({
      ok: true,
      summary: { added: 8, replaced: 0, skipped: 0 },
    });
    expect(await db.snippets.count()).toBe(11);
    expect(await db.snippets.get(file.snippets[0]!.id!)).toMatchObject({
      title: 'Pengiriman',
      createdAt: 5_000,
      updatedAt: 5_000,
      useCount: 0,
    });
    // Importing the same pack again changes nothing.
    const before = await dumpDb(db);
    expect(await importSnippets(db, file.snippets, { conflict: 'skip' })).toEqual({
      ok: true,
      summary: { added: 0, replaced: 0, skipped: 8 },
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('changes nothing when one row of the batch is bad', async () => {
    const before = await dumpDb(db);
    const batch = [fresh(10), fresh(11), { ...fresh(12), body: 'x'.repeat(20_001) }, fresh(13)];
    const result = await importSnippets(db, batch, { conflict: 'replace' });
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          row: 3,
          field: 'body',
          message: expect.stringMatching(/^Teks ke-3, isian "body": teks terlalu panjang/),
        }),
      ],
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses duplicate ids or shortcuts inside the batch', async () => {
    const before = await dumpDb(db);
    const result = await importSnippets(db, [fresh(10, { shortcut: ';x' }), fresh(11, { shortcut: ';X' })], { conflict: 'skip' });
    expect(result.ok).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('rolls every write back when the database fails half-way', async () => {
    const before = await dumpDb(db);
    const table = db.snippets;
    const bulkPut = table.bulkPut.bind(table);
    const failing = async (...args: Parameters<typeof table.bulkPut>) => {
      await bulkPut(...args); // the rows are written inside the transaction…
      throw new DOMException('disk full', 'QuotaExceededError'); // …then it fails
    };
    vi.spyOn(table, 'bulkPut').mockImplementation(failing as unknown as typeof table.bulkPut);
    const batch = [sampleSnippet(1, { title: 'Ganti' }), fresh(20), fresh(21)];
    const result = await importSnippets(db, batch, { conflict: 'replace' });
    expect(result).toEqual({
      ok: false,
      errors: [{ message: expect.stringMatching(/^Penyimpanan perangkat penuh; .* nothing changed$/) }],
    });
    vi.restoreAllMocks();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('says the storage is unavailable, not that the file is bad, when the database cannot be opened', async () => {
    const result = await importSnippets(unavailableDb(), [fresh(10)], { conflict: 'skip' });
    expect(result).toEqual({
      ok: false,
      storageUnavailable: true,
      errors: [{ message: expect.stringMatching(/^Penyimpanan Rapi tidak tersedia; .*storage is unavailable/) }],
    });
    db.close();
    expect(await importSnippets(db, [fresh(11)], { conflict: 'skip' })).toMatchObject({ ok: false, storageUnavailable: true });
  });

  describe('conflicts', () => {
    // One clash by id (snippet 1, new title), one by shortcut only (;teks2, no id), one new.
    const batch = (): SnippetImport[] => [
      { ...sampleSnippet(1), title: 'Teks 1 dari file', useCount: 99 },
      { title: 'Pintasan sama', body: 'Isi dari file', shortcut: ';teks2', folder: '', tags: [], marketplaces: [], language: 'id' },
      fresh(31, { shortcut: ';baru' }),
    ];

    it('skip keeps what is stored', async () => {
      expect(await importSnippets(db, batch(), { conflict: 'skip' })).toEqual({ ok: true, summary: { added: 1, replaced: 0, skipped: 2 } });
      expect((await db.snippets.get(sampleSnippet(1).id))!.title).toBe('Teks 1');
      expect((await db.snippets.where('shortcut').equals(';teks2').first())!.title).toBe('Teks 2');
      expect(await db.snippets.count()).toBe(4);
    });

    it('replace puts the imported text in place, keeping the stored history it does not bring', async () => {
      expect(await importSnippets(db, batch(), { conflict: 'replace', now: 7_000 })).toEqual({
        ok: true,
        summary: { added: 1, replaced: 2, skipped: 0 },
      });
      expect(await db.snippets.get(sampleSnippet(1).id)).toMatchObject({ title: 'Teks 1 dari file', useCount: 99 });
      const byShortcut = await db.snippets.where('shortcut').equals(';teks2').first();
      const stored = sampleSnippet(2);
      expect(byShortcut).toMatchObject({
        id: stored.id,
        title: 'Pintasan sama',
        createdAt: stored.createdAt,
        useCount: stored.useCount,
        updatedAt: 7_000,
      });
      expect(await db.snippets.count()).toBe(4);
    });

    it('replace refuses two rows landing on one stored snippet, naming both, and changes nothing', async () => {
      const before = await dumpDb(db);
      const clash: SnippetImport[] = [
        fresh(40),
        { ...sampleSnippet(1), title: 'Teks 1 lewat id', shortcut: ';lain' },
        fresh(41, { title: 'Teks 1 lewat pintasan', shortcut: ';teks1' }),
      ];
      const result = await importSnippets(db, clash, { conflict: 'replace' });
      expect(result).toEqual({
        ok: false,
        errors: [
          {
            row: 3,
            message:
              'Teks ke-3: akan menggantikan teks tersimpan "Teks 1", sama dengan teks ke-2; simpan satu saja di file, lalu impor lagi / ' +
              'Snippet 3: would replace the stored snippet "Teks 1", as snippet 2 does; keep only one of them in the file, then import again',
          },
        ],
      });
      expect(await dumpDb(db)).toEqual(before);
      // Either row alone is fine.
      expect(await importSnippets(db, clash.slice(0, 2), { conflict: 'replace' })).toMatchObject({
        ok: true,
        summary: { added: 1, replaced: 1 },
      });
    });

    it('keep-both adds copies with a free shortcut and a marked title', async () => {
      expect(await importSnippets(db, batch(), { conflict: 'keep-both' })).toEqual({
        ok: true,
        summary: { added: 3, replaced: 0, skipped: 0 },
      });
      expect(await db.snippets.count()).toBe(6);
      expect((await db.snippets.get(sampleSnippet(1).id))!.title).toBe('Teks 1');
      const titles = (await db.snippets.toArray()).map((row) => [row.title, row.shortcut]);
      expect(titles).toEqual(
        expect.arrayContaining([
          ['Teks 1 dari file (2)', ';teks12'],
          ['Pintasan sama (2)', ';teks22'],
          ['Baru 31', ';baru'],
        ]),
      );
    });
  });
});
