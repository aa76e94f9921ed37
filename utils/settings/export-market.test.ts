import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_EXPORT_MARKET, loadExportMarket, saveExportMarket } from './export-market';

describe('export market setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts at the default and remembers the choice', async () => {
    expect(await loadExportMarket()).toBe(DEFAULT_EXPORT_MARKET);
    await saveExportMarket('EU');
    expect(await loadExportMarket()).toBe('EU');
  });

  it('reads a stored value that is no market as the default', async () => {
    await fakeBrowser.storage.local.set({ exportMarket: 'XX' });
    expect(await loadExportMarket()).toBe(DEFAULT_EXPORT_MARKET);
    await fakeBrowser.storage.local.set({ exportMarket: { market: 'EU' } });
    expect(await loadExportMarket()).toBe(DEFAULT_EXPORT_MARKET);
  });

  it('refuses to store a value that is no market', async () => {
    await expect(saveExportMarket('JP' as never)).rejects.toThrow();
    expect(await loadExportMarket()).toBe(DEFAULT_EXPORT_MARKET);
  });
});
