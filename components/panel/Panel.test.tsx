// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from './Panel';
import { createPanelStore, type PanelStore } from '../../utils/panel/panel-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let store: PanelStore;

function render(onToggle = vi.fn()) {
  act(() => root.render(<Panel store={store} onToggle={onToggle} />));
  return onToggle;
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  store = createPanelStore({ match: { marketplace: 'tiktok-tokopedia', kind: 'listing-editor' }, language: 'id', collapsed: false });
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('Panel', () => {
  it('says in Indonesian which marketplace and page kind it sees', () => {
    render();
    expect(byTestId('rapi-marketplace')?.textContent).toBe('TikTok Shop by Tokopedia');
    expect(byTestId('rapi-page-kind')?.textContent).toBe('Formulir tambah/ubah produk');
    expect(byTestId('rapi-panel')?.dataset).toMatchObject({ marketplace: 'tiktok-tokopedia', kind: 'listing-editor' });
    expect(byTestId('rapi-panel')?.getAttribute('lang')).toBe('id');
  });

  it('follows the store: a new page and a new language re-render the same panel', () => {
    render();
    const panel = byTestId('rapi-panel');
    act(() => store.set({ match: { marketplace: 'shopee', kind: 'product' }, language: 'en' }));
    expect(byTestId('rapi-panel')).toBe(panel);
    expect(byTestId('rapi-marketplace')?.textContent).toBe('Shopee');
    expect(byTestId('rapi-page-kind')?.textContent).toBe('Product page');
  });

  it('collapses to a single labelled button and asks to toggle on click', () => {
    const onToggle = render();
    act(() => byTestId('rapi-collapse')!.click());
    expect(onToggle).toHaveBeenCalledTimes(1);
    act(() => store.set({ collapsed: true }));
    expect(byTestId('rapi-panel')).toBeNull();
    const expand = byTestId('rapi-expand')!;
    expect(expand.getAttribute('aria-label')).toBe('Buka panel Rapi');
    act(() => expand.click());
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
