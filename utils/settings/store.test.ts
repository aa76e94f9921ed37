import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPanelCollapsed, loadSettings, saveSettings, setPanelCollapsed } from './store';

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

  it('remembers collapse per marketplace', async () => {
    expect(await isPanelCollapsed('shopee')).toBe(false);
    await setPanelCollapsed('shopee', true);
    expect(await isPanelCollapsed('shopee')).toBe(true);
    expect(await isPanelCollapsed('tokopedia')).toBe(false);
    await setPanelCollapsed('tokopedia', true);
    await setPanelCollapsed('shopee', false);
    expect(await isPanelCollapsed('shopee')).toBe(false);
    expect(await isPanelCollapsed('tokopedia')).toBe(true);
  });

  it('ignores a corrupt collapse map instead of failing', async () => {
    await fakeBrowser.storage.local.set({ panelCollapsed: { shopee: 'yes', nowhere: true } });
    expect(await isPanelCollapsed('shopee')).toBe(false);
  });
});
