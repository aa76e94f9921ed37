import { describe, expect, it, vi } from 'vitest';
import { createPanelStore } from './panel-store';

describe('panel store', () => {
  it('merges patches and notifies subscribers until they unsubscribe', () => {
    const store = createPanelStore({ match: { marketplace: 'shopee', kind: 'shop' }, language: 'id', collapsed: false });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ collapsed: true });
    expect(store.get()).toEqual({ match: { marketplace: 'shopee', kind: 'shop' }, language: 'id', collapsed: true });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set({ language: 'en' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().language).toBe('en');
  });

  it('gives React a new snapshot object on change and the same one otherwise', () => {
    const store = createPanelStore({ match: { marketplace: 'lazada', kind: 'product' }, language: 'id', collapsed: false });
    const before = store.get();
    expect(store.get()).toBe(before);
    store.set({ collapsed: true });
    expect(store.get()).not.toBe(before);
  });
});
