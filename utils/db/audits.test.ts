import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditCards, AUDIT_LIMITS } from '../audit';
import { RequestSchema } from '../messaging/protocol';
import { getAudit, listAudits, previousAudit, saveAudit, shopKeyOf, updateAuditNotes } from './audits';
import { declareVersion1, declareVersion2, RapiDb } from './schema';
import { freshDbName, sampleSnippet } from '../../tests/support/test-db';

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

  it('reads only the previous audit, passing over a damaged one', async () => {
    const september = await saveAudit(db, auditAt('2026-09-20T03:00:00.000Z'));
    const october = await saveAudit(db, auditAt('2026-10-20T03:00:00.000Z'));
    const november = await saveAudit(db, auditAt('2026-11-24T03:00:00.000Z'));
    const get = vi.spyOn(db.audits, 'get');
    expect((await previousAudit(db, november))?.id).toBe(october.id);
    expect(get).toHaveBeenCalledTimes(1);
    await db.audits.update(october.id, { audit: { version: 99 } as never });
    expect((await previousAudit(db, november))?.id).toBe(september.id);
    get.mockRestore();
  });

  it('keeps the mentor notes and action items, and refuses an invalid audit', async () => {
    const saved = await saveAudit(db, auditAt('2026-11-24T03:00:00.000Z'));
    await updateAuditNotes(db, saved.id, {
      notes: 'Judul masih huruf kapital semua.',
      actions: [{ id: 'a1', text: 'Perbaiki judul', done: false }],
    });
    expect((await getAudit(db, saved.id))?.audit).toMatchObject({
      notes: 'Judul masih huruf kapital semua.',
      actions: [{ id: 'a1', done: false }],
    });
    await expect(saveAudit(db, { ...saved.audit, version: 2 } as never)).rejects.toThrow();
    expect(await db.audits.count()).toBe(1);
  });
});

describe('audit size', () => {
  // A page's own thumbnails are often inline `data:` images; 90 KB each is a real size.
  const image = `data:image/jpeg;base64,${'A'.repeat(90_000)}`;
  const manyCards = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      title: `Kemeja Batik Tulis Pekalongan Motif ${i}`,
      priceIdr: 150_000 + i,
      url: `${SHOP}/produk-${i}`,
      image,
    }));
  const rowBytes = async (id: number) => JSON.stringify(await db.audits.get(id)).length;

  it('stores 400 cards with 90 KB images as a small row, without the images', async () => {
    const saved = await saveAudit(
      db,
      auditCards(manyCards(400), { marketplace: 'tokopedia', url: SHOP, at: new Date('2026-11-24T03:00:00.000Z') }),
    );
    expect(saved.audit.products).toHaveLength(400);
    // Was 36 MB: every card kept its image. About 250 bytes a card without it.
    expect(await rowBytes(saved.id)).toBeLessThan(400 * 1_000);
    expect(JSON.stringify(await db.audits.get(saved.id))).not.toContain('data:image');
  });

  it('drops images from an audit built elsewhere (an older panel, a hostile page) before storing it', async () => {
    const built = auditCards(manyCards(3), { marketplace: 'tokopedia', url: SHOP, at: new Date('2026-11-24T03:00:00.000Z') });
    const withImages = { ...built, products: built.products.map((p) => ({ ...p, card: { ...p.card, image } })) };
    // The background receives it through the message schema, then stores it.
    const request = RequestSchema.parse({ type: 'audit/save', audit: withImages });
    if (request.type !== 'audit/save') throw new Error('unexpected request');
    expect(JSON.stringify(request)).not.toContain('data:image');
    const saved = await saveAudit(db, withImages);
    expect(JSON.stringify(await db.audits.get(saved.id))).not.toContain('data:image');
  });

  it('keeps the first 10,000 products of a bigger page and says how many it left out', async () => {
    // Short titles: scoring 10,000 cards is the slow part, and the titles do not matter here.
    const cards = Array.from({ length: AUDIT_LIMITS.products + 37 }, (_, i) => ({ title: `Batik ${i}`, url: `${SHOP}/produk-${i}` }));
    const audit = auditCards(cards, { marketplace: 'tokopedia', url: SHOP, at: new Date('2026-11-24T03:00:00.000Z') });
    expect(audit.products).toHaveLength(AUDIT_LIMITS.products);
    expect(audit.products.at(-1)!.key).toBe(`${SHOP}/produk-${AUDIT_LIMITS.products - 1}`);
    expect(audit).toMatchObject({
      productsLeftOut: 37,
      summary: { count: AUDIT_LIMITS.products, cardsOnPage: AUDIT_LIMITS.products + 37 },
    });
    // Before, the message to the background failed with zod's raw JSON as the panel's error text.
    expect(() => RequestSchema.parse({ type: 'audit/save', audit })).not.toThrow();
    expect((await getAudit(db, (await saveAudit(db, audit)).id))?.audit.productsLeftOut).toBe(37);
  }, 120_000);
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
