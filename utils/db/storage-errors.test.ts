import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createSnippet, listSnippets } from './index';
import { checkStorage, isStorageUnavailable } from './storage-errors';
import { openFreshDb, unavailableDb } from '../../tests/support/test-db';

describe('storage unavailable', () => {
  it('knows the errors that mean IndexedDB cannot be used, and only those', async () => {
    const refused = unavailableDb();
    const error = await refused.open().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'InvalidStateError' });
    expect(isStorageUnavailable(error)).toBe(true);

    const db = await openFreshDb();
    db.close();
    const closed = await listSnippets(db).catch((e: unknown) => e);
    expect(closed).toMatchObject({ name: 'DatabaseClosedError' });
    expect(isStorageUnavailable(closed)).toBe(true);

    expect(isStorageUnavailable(new DOMException('full', 'QuotaExceededError'))).toBe(false);
    expect(isStorageUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isStorageUnavailable({ name: 'Error', inner: new DOMException('no', 'InvalidStateError') })).toBe(true);
    expect(isStorageUnavailable('DatabaseClosedError')).toBe(false);
  });

  it('checks whether the database opens', async () => {
    expect(await checkStorage(unavailableDb())).toBe(false);
    const db = await openFreshDb();
    expect(await checkStorage(db)).toBe(true);
    expect((await createSnippet(db, { title: 'a', body: 'b' })).ok).toBe(true);
    db.close();
  });
});
