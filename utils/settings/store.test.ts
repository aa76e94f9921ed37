import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from './store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to Indonesian', async () => {
    expect(await loadSettings()).toEqual({ language: 'id' });
  });

  it('keeps the chosen language', async () => {
    await saveSettings({ language: 'en' });
    expect(await loadSettings()).toEqual({ language: 'en' });
  });

  it('falls back to the defaults when stored settings are corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'klingon' } });
    expect(await loadSettings()).toEqual({ language: 'id' });
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    expect(await loadSettings()).toEqual({ language: 'id' });
  });
});
