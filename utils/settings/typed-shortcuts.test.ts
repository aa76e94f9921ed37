import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MARKETPLACE_IDS } from '../marketplaces/types';
import { loadTypedShortcuts, setTypedShortcuts, typedShortcutsOn, watchTypedShortcuts } from './typed-shortcuts';

describe('typed shortcuts setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off for every marketplace until switched on', async () => {
    const settings = await loadTypedShortcuts();
    expect(Object.keys(settings).sort()).toEqual([...MARKETPLACE_IDS].sort());
    expect(Object.values(settings).every((on) => on === false)).toBe(true);
  });

  it('switches one marketplace only, and back off', async () => {
    await setTypedShortcuts('shopee', true);
    expect(await typedShortcutsOn('shopee')).toBe(true);
    expect(await typedShortcutsOn('lazada')).toBe(false);
    await setTypedShortcuts('shopee', false);
    expect(await typedShortcutsOn('shopee')).toBe(false);
  });

  it('falls back to all off when the stored value is not valid', async () => {
    await fakeBrowser.storage.local.set({ typedShortcuts: { enabled: { shopee: 'yes', nowhere: true } } });
    expect(await typedShortcutsOn('shopee')).toBe(false);
  });

  it('tells watchers the complete setting when it changes', async () => {
    const onChange = vi.fn();
    const stop = watchTypedShortcuts(onChange);
    await setTypedShortcuts('tokopedia', true);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.calls.at(-1)![0]).toMatchObject({ tokopedia: true, shopee: false });
    stop();
  });
});
