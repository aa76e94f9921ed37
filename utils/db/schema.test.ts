import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildSearchText } from '../snippets/normalize';
import { RapiDb, declareVersion1 } from './schema';
import { withoutSearchText } from './snippets';
import { freshDbName, sampleSnippet } from '../../tests/support/test-db';

async function fillVersion1(name: string, snippets: object[], variables: object[]): Promise<void> {
  const v1 = new Dexie(name);
  declareVersion1(v1);
  await v1.open();
  await v1.table('snippets').bulkAdd(snippets);
  await v1.table('variables').bulkAdd(variables);
  v1.close();
}

describe('schema', () => {
  it('opens a new database at version 3 with its tables', async () => {
    const db = new RapiDb(freshDbName());
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['audits', 'snippets', 'variables']);
    db.close();
  });

  it('indexes no large text column', () => {
    const db = new RapiDb(freshDbName());
    const indexed = db.snippets.schema.indexes.map((index) => index.name);
    expect(indexed).not.toContain('body');
    expect(indexed).not.toContain('searchText');
    expect(indexed).not.toContain('title');
    expect(db.snippets.schema.indexes.find((index) => index.name === 'shortcut')?.unique).toBe(true);
    expect(db.snippets.schema.indexes.find((index) => index.name === 'tags')?.multi).toBe(true);
  });

  it('upgrades version 1: every row survives unchanged and searchText is filled', async () => {
    const name = freshDbName();
    const { shortcut: _none, ...withoutShortcut } = sampleSnippet(2, {
      title: 'Perawatan BATIK tulis',
      body: 'Jangan diperas!\n"Jemur" di tempat teduh ✨',
    });
    const snippets = [...Array.from({ length: 40 }, (_, n) => sampleSnippet(n + 10)), withoutShortcut];
    const variables = [
      { key: 'nama_toko', value: 'Batik Sekar Jagad' },
      { key: 'kota', value: 'Pekalongan' },
    ];
    await fillVersion1(name, snippets, variables);

    const db = new RapiDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const rows = await db.snippets.orderBy('id').toArray();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(rows.map(withoutSearchText)).toEqual([...snippets].sort(byId));
    for (const row of rows) expect(row.searchText).toBe(buildSearchText(row));
    expect(rows.find((row) => row.id === withoutShortcut.id)?.searchText).toBe(
      'perawatan batik tulis||garansi|jangan diperas jemur di tempat teduh',
    );
    expect(await db.variables.orderBy('key').toArray()).toEqual([...variables].sort((a, b) => a.key.localeCompare(b.key)));
    // The indexes still answer after the upgrade.
    expect(await db.snippets.where('shortcut').equals(';teks12').count()).toBe(1);
    expect(await db.snippets.where('tags').equals('batik').count()).toBe(snippets.filter((s) => s.tags.includes('batik')).length);
    db.close();
  });

  it('upgrades an empty version 1 database', async () => {
    const name = freshDbName();
    await fillVersion1(name, [], []);
    const db = new RapiDb(name);
    await db.open();
    expect(await db.snippets.count()).toBe(0);
    db.close();
  });
});
