import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderTemplate } from '../snippets/template-render';
import type { RapiDb } from './schema';
import { openFreshDb } from '../../tests/support/test-db';
import { checkVariable, deleteVariable, loadVariables, saveVariable } from './variables';

let db: RapiDb;
beforeEach(async () => {
  db = await openFreshDb();
});
afterEach(() => db.close());

describe('variable store', () => {
  it('saves, loads and deletes values that templates then use', async () => {
    expect(await saveVariable(db, 'nama_toko', 'Batik Sekar Jagad')).toEqual({ ok: true });
    expect(await saveVariable(db, 'kota', 'Kab. Pekalongan')).toEqual({ ok: true });
    expect(await saveVariable(db, 'jam_kirim', '15.00')).toEqual({ ok: true });
    const variables = await loadVariables(db);
    expect(variables).toEqual({ nama_toko: 'Batik Sekar Jagad', kota: 'Kab. Pekalongan', jam_kirim: '15.00' });
    expect(renderTemplate('{{nama_toko}}, {{kota}}, kirim {{jam_kirim}}', { variables, now: new Date() })).toEqual({
      ok: true,
      text: 'Batik Sekar Jagad, Kab. Pekalongan, kirim 15.00',
    });
    await deleteVariable(db, 'jam_kirim');
    expect(await loadVariables(db)).not.toHaveProperty('jam_kirim');
  });

  it.each([
    ['no_wa', 'aktif', 'contact-detail'],
    ['email', 'toko', 'contact-detail'],
    ['kota', '0812 3456 7890', 'contact-detail'],
    ['nama_toko', 'Batik Ayu (batikayu.id)', 'contact-detail'],
    ['nama_toko', 'toko@contoh.com', 'contact-detail'],
    ['nama_toko', 'IG @batik.ayu', 'contact-detail'],
    ['harga', 'Rp10.000', 'reserved-key'],
    ['Nama Toko', 'x', 'invalid-key'],
    ['nama_toko', '   ', 'empty'],
    ['nama_toko', 'x'.repeat(501), 'too-long'],
  ])('refuses %s = %j (%s) and stores nothing', async (key, value, code) => {
    const result = await saveVariable(db, key, value);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(/ \/ /);
    expect(await db.variables.count()).toBe(0);
  });

  it('leaves out stored rows that would not pass today’s check', async () => {
    await db.variables.bulkPut([
      { key: 'nama_toko', value: 'Batik Ayu' },
      { key: 'wa', value: '0812 3456 7890' },
      { key: 42, value: 'x' } as never,
    ]);
    expect(await loadVariables(db)).toEqual({ nama_toko: 'Batik Ayu' });
  });

  it('is checkable without a database, as the seller types', () => {
    expect(checkVariable('kota', 'Yogyakarta')).toEqual({ ok: true });
  });
});
