import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetField, loadTaughtFields, teachField } from './taught-fields';

describe('taught fields', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a selector per marketplace and field', async () => {
    await teachField('tokopedia', 'weightGrams', 'input[name="berat"]');
    await teachField('shopee', 'title', '#judul');
    expect(await loadTaughtFields('tokopedia')).toEqual({ weightGrams: 'input[name="berat"]' });
    expect(await loadTaughtFields('shopee')).toEqual({ title: '#judul' });
    expect(await loadTaughtFields('lazada')).toEqual({});
  });

  it('forgets one field without touching the others', async () => {
    await teachField('tokopedia', 'weightGrams', '#a');
    await teachField('tokopedia', 'stock', '#b');
    await forgetField('tokopedia', 'weightGrams');
    expect(await loadTaughtFields('tokopedia')).toEqual({ stock: '#b' });
  });

  it('ignores corrupt stored data instead of failing', async () => {
    await fakeBrowser.storage.local.set({ taughtFields: { tokopedia: { weightGrams: 42 } } });
    expect(await loadTaughtFields('tokopedia')).toEqual({});
  });

  it('refuses to store an empty or oversized selector', async () => {
    await expect(teachField('tokopedia', 'title', '')).rejects.toThrow();
    await expect(teachField('tokopedia', 'title', 'x'.repeat(501))).rejects.toThrow();
    expect(await loadTaughtFields('tokopedia')).toEqual({});
  });
});
