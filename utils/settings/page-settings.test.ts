import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, readTaughtFields, readTypedShortcuts, saveTaughtField, watchPageSettings } from './page-settings';
import { saveSettings } from './store';
import { loadTaughtFields, taughtFieldsItem } from './taught-fields';
import { setTypedShortcuts } from './typed-shortcuts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe("the content script's settings reads", () => {
  it('read what the options pages wrote through their WXT storage items (same keys, same schemas)', async () => {
    await saveSettings({ language: 'en' });
    await setTypedShortcuts('shopee', true);
    await taughtFieldsItem.setValue({ tokopedia: { description: '#desc' } });
    expect(await readSettings()).toEqual({ language: 'en' });
    expect(await readTypedShortcuts()).toEqual({ shopee: true });
    expect(await readTaughtFields('tokopedia')).toEqual({ description: '#desc' });
  });

  it('a taught field the content script keeps is what the options page reads', async () => {
    await saveTaughtField('lazada', 'title', '#judul');
    expect(await loadTaughtFields('lazada')).toEqual({ title: '#judul' });
    await expect(saveTaughtField('lazada', 'title', '')).rejects.toThrow();
    expect(await loadTaughtFields('lazada')).toEqual({ title: '#judul' });
  });

  it('fall back to the defaults on stored values that do not parse, and follow changes', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'fr' }, typedShortcuts: 'on', taughtFields: { shopee: { title: 42 } } });
    expect(await readSettings()).toEqual({ language: 'id' });
    expect(await readTypedShortcuts()).toEqual({});
    expect(await readTaughtFields('shopee')).toEqual({});
    const seen: string[] = [];
    const stop = watchPageSettings((settings) => seen.push(settings.language));
    await saveSettings({ language: 'en' });
    stop();
    await saveSettings({ language: 'id' });
    expect(seen).toEqual(['en']);
  });
});
