import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { auditCards } from '../../utils/audit';
import { RapiDb } from '../../utils/db/schema';
import { freshDbName } from '../../tests/support/test-db';
import { auditHandlers } from './audit-handlers';
import { AUDIT_SAVES_PER_MINUTE, REPORT_OPENS_PER_MINUTE } from './rate-limit';

const SHOP = 'https://www.tokopedia.com/batiksaripekalongan';
const audit = auditCards([{ title: 'Kemeja Batik Tulis Pekalongan Motif Jlamprang', priceIdr: 285000, url: `${SHOP}/kemeja` }], {
  marketplace: 'tokopedia',
  url: SHOP,
  at: new Date('2026-11-24T03:00:00.000Z'),
});

let db: RapiDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new RapiDb(freshDbName());
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('audit handlers are limited per tab', () => {
  it('saves at most the allowed audits a minute from one tab, with a plain message, and none of the refused ones', async () => {
    let clock = 0;
    const handlers = auditHandlers(db, () => clock);
    for (let i = 0; i < AUDIT_SAVES_PER_MINUTE; i++) await handlers['audit/save']({ type: 'audit/save', audit }, { tabId: 4 });
    await expect(handlers['audit/save']({ type: 'audit/save', audit }, { tabId: 4 })).rejects.toThrow(/Tunggu satu menit/);
    expect(await db.audits.count()).toBe(AUDIT_SAVES_PER_MINUTE);
    // Another tab has its own allowance, and a minute later this one has again.
    await handlers['audit/save']({ type: 'audit/save', audit }, { tabId: 5 });
    clock = 60_000;
    await handlers['audit/save']({ type: 'audit/save', audit }, { tabId: 4 });
    expect(await db.audits.count()).toBe(AUDIT_SAVES_PER_MINUTE + 2);
  });

  it('opens at most the allowed report tabs a minute from one tab', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const handlers = auditHandlers(db, () => 0);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => handlers['audit/open-report']({ type: 'audit/open-report', id: 1 }, { tabId: 9 })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(REPORT_OPENS_PER_MINUTE);
    expect(create).toHaveBeenCalledTimes(REPORT_OPENS_PER_MINUTE);
  });
});
