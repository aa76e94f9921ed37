import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditCards } from '../audit';
import { getAudit, listAudits, previousAudit, saveAudit, shopKeyOf, updateAuditNotes } from './audits';
import { declareVersion1, declareVersion2, RapiDb } from './schema';
import { freshDbName, sampleSnippet } from './testing';

const SHOP = 'https://www.tokopedia.com/batiksaripekalongan';
const cards = [
  { title: 'Kemeja Batik Tulis Pekalongan Motif Jlamprang', priceIdr: 285000, url: `${SHOP}/kemeja-jlamprang` },
  { title: 'KAIN BATIK', priceIdr: 90000, url: `${SHOP}/kain-batik` },
];
const auditAt = (iso: string, url = SHOP) => auditCards(cards, { marketplace: 'tokopedia', url, at: new Date(iso) });

let db: RapiDb;
beforeEach(async () => {
  db = new RapiDb(freshDbName());
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('saved audits', () => {
  it('groups a shop across sessions whatever the query or trailing slash', () => {
    expect(shopKeyOf({ marketplace: 'tokopedia', url: `${SHOP}/` })).toBe('tokopedia:/batiksaripekalongan');
    expect(shopKeyOf({ marketplace: 'tokopedia', url: `${SHOP}?sort=5` })).toBe('tokopedia:/batiksaripekalongan');
  });

  it('finds the previous audit of the same shop, not of another shop', async () => {
    const october = await saveAudit(db, auditAt('2026-10-20T03:00:00.000Z'));
    await saveAudit(db, auditAt('2026-11-01T03:00:00.000Z', 'https://www.tokopedia.com/lain'));
    const november = await saveAudit(db, auditAt('2026-11-24T03:00:00.000Z'));
    expect((await previousAudit(db, november))?.id).toBe(october.id);
    expect(await previousAudit(db, october)).toBeUndefined();
    expect((await listAudits(db)).map((a) => a.id)).toEqual([november.id, 2, october.id]);
  });

  it('keeps the mentor notes and action items, and refuses an invalid audit', async () => {
    const saved = await saveAudit(db, auditAt('2026-11-24T03:00:00.000Z'));
    await updateAuditNotes(db, saved.id, { notes: 'Judul masih huruf kapital semua.', actions: [{ id: 'a1', text: 'Perbaiki judul', done: false }] });
    expect((await getAudit(db, saved.id))?.audit).toMatchObject({ notes: 'Judul masih huruf kapital semua.', actions: [{ id: 'a1', done: false }] });
    await expect(saveAudit(db, { ...saved.audit, version: 2 } as never)).rejects.toThrow();
    expect(await db.audits.count()).toBe(1);
  });
});

describe('version 3', () => {
  it('upgrades a version 2 database: snippets and variables survive, audits start empty', async () => {
    const name = freshDbName();
    const v2 = new Dexie(name);
    declareVersion1(v2);
    declareVersion2(v2);
    await v2.open();
    const snippets = [1, 2, 3].map((n) => ({ ...sampleSnippet(n), searchText: `teks ${n}` }));
    await v2.table('snippets').bulkAdd(snippets);
    await v2.table('variables').add({ key: 'kota', value: 'Pekalongan' });
    v2.close();

    const upgraded = new RapiDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.snippets.orderBy('id').toArray()).toEqual(snippets);
    expect(await upgraded.variables.toArray()).toEqual([{ key: 'kota', value: 'Pekalongan' }]);
    expect(await upgraded.audits.count()).toBe(0);
    upgraded.close();
    await upgraded.delete();
  });
});
