// @vitest-environment happy-dom
/**
 * The side panel's "Ekspor" tab (issue 16) as the side panel mounts it from SIDEPANEL_TABS: only
 * where the page has a listing, with the destination's findings and the English draft, the
 * draft's path named, Chrome's Translator found on the page's global when there is one, and the
 * chosen destination kept across tab switches and a reopened side panel.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Mounted, mountRoot, unmountRoot, until } from '../../tests/unit/react-page';
import type { TranslatorApi } from '../../utils/export';
import type { Language } from '../../utils/i18n';
import type { PageState, TabView } from '../../utils/messaging/tab-protocol';
import { loadExportMarket } from '../../utils/settings/export-market';
import { buildTabView } from '../../utils/tab-view/build-view';
import type { FollowedTab, SidePanelClient } from './side-panel-client';
import { SidePanelApp } from './SidePanelApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EDITOR_URL = 'https://seller.tokopedia.com/add-product';
const SHOP_URL = 'https://www.tokopedia.com/batiksaripekalongan';
const BATIK = {
  marketplace: 'tokopedia' as const,
  title: 'Kain Batik Tulis Pekalongan Motif Jlamprang',
  description: 'Batik tulis asli Pekalongan, dibuat tangan.\nBahan katun primisima.\nCara perawatan: cuci tangan.',
  found: ['title', 'description'] as ('title' | 'description')[],
};
const editorState: PageState = {
  type: 'page/state',
  match: { marketplace: 'tokopedia', kind: 'listing-editor' },
  listing: { listing: BATIK, sources: { title: 'selector', description: 'selector' }, teaching: null },
  fields: ['title', 'description'],
};
const EDITOR_VIEW = buildTabView(1, editorState, []);
const SHOP_VIEW = buildTabView(2, { type: 'page/state', match: { marketplace: 'tokopedia', kind: 'shop' }, fields: [] }, []);

function fakeClient(views: Record<number, TabView | null>, active: FollowedTab, language: Language = 'id') {
  const tabListeners = new Set<(tab: FollowedTab) => void>();
  const client: SidePanelClient = {
    language: async () => language,
    onLanguage: () => () => undefined,
    activeTab: async () => active,
    onTabChange: (listener) => {
      tabListeners.add(listener);
      return () => tabListeners.delete(listener);
    },
    view: async (tabId) => views[tabId] ?? null,
    onView: () => () => undefined,
    command: vi.fn(async () => ({ notice: null })),
    disableRule: vi.fn(async () => undefined),
    enableAllRules: vi.fn(async () => undefined),
    openReport: vi.fn(async () => undefined),
  };
  return {
    client,
    switchTo: (tab: FollowedTab) =>
      act(() => {
        for (const listener of tabListeners) listener(tab);
      }),
  };
}

let page: Mounted;
const q = <T extends HTMLElement = HTMLElement>(testId: string) => page.container.querySelector<T>(`[data-testid="${testId}"]`);
const render = (client: SidePanelClient) => act(() => page.root.render(<SidePanelApp client={client} />));
const click = (el: HTMLElement | null) => act(() => el!.click());
function choose(market: string) {
  const select = q<HTMLSelectElement>('rapi-export-market')!;
  act(() => {
    select.value = market;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const tabIds = () => [...page.container.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => tab.id);

beforeEach(() => {
  fakeBrowser.reset();
  page = mountRoot();
});
afterEach(() => {
  unmountRoot(page);
  delete (globalThis as { Translator?: unknown }).Translator;
});

describe('the side panel’s Ekspor tab', () => {
  it('is offered on a listing form and not on a page without a listing', async () => {
    const { client, switchTo } = fakeClient({ 1: EDITOR_VIEW, 2: SHOP_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(q('rapi-quality')).not.toBeNull());
    expect(tabIds()).toEqual(['sidepanel-tab-page', 'sidepanel-tab-export']);
    expect(q('sidepanel-tab-export')!.textContent).toBe('Ekspor');
    // The page tab stays first: the export tab is an addition, not the landing place.
    expect(q('rapi-export')).toBeNull();

    switchTo({ tabId: 2, url: SHOP_URL });
    await until(() => expect(q('rapi-audit')).not.toBeNull());
    expect(tabIds()).toEqual(['sidepanel-tab-page']);
    expect(q('rapi-export')).toBeNull();
  });

  it('shows the EU’s findings for the listing and an English draft beside it, saying the glossary made it', async () => {
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(q('sidepanel-tab-export')).not.toBeNull());
    click(q('sidepanel-tab-export'));
    expect(q('sidepanel-panel-export')!.getAttribute('aria-labelledby')).toBe('sidepanel-tab-export');
    choose('EU');
    expect(q('rapi-export-findings-export-fibre-composition-missing')!.dataset.severity).toBe('error');
    expect(q('rapi-export-findings-export-responsible-person-missing')).not.toBeNull();
    // Care instructions are in the description: no care-label finding.
    expect(q('rapi-export-findings-export-care-label-missing')).toBeNull();

    await until(() => expect(q('rapi-export-path')).not.toBeNull());
    expect(q('rapi-export-path')!.dataset.path).toBe('glossary');
    expect(q('rapi-export-path')!.textContent).toMatch(/^Draf dari glosarium Rapi/);
    expect(q('rapi-export-english-title')!.textContent).toContain('Hand-Drawn Batik');
    expect(q('rapi-export-original')!.textContent).toContain(BATIK.title);
  });

  it('uses Chrome’s Translator when the page has one, and says so', async () => {
    const translate = vi.fn(async (text: string) => text.replace('Kain', 'Cloth'));
    const standIn: TranslatorApi = { availability: async () => 'available', create: async () => ({ translate }) };
    (globalThis as { Translator?: unknown }).Translator = standIn;
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(q('sidepanel-tab-export')).not.toBeNull());
    click(q('sidepanel-tab-export'));
    await until(() => expect(q('rapi-export-path')?.dataset.path).toBe('translator'));
    expect(q('rapi-export-path')!.textContent).toBe('Diterjemahkan di perangkat oleh Chrome. Baca lagi sebelum dipakai.');
    expect(translate).toHaveBeenCalled();
    expect(q('rapi-export-english-title')!.textContent).toMatch(/^Cloth/);
  });

  it('keeps the chosen destination across tab switches and a reopened side panel', async () => {
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(q('sidepanel-tab-export')).not.toBeNull());
    click(q('sidepanel-tab-export'));
    choose('AE');
    await vi.waitFor(async () => expect(await loadExportMarket()).toBe('AE'));
    click(q('sidepanel-tab-page'));
    expect(q('rapi-export')).toBeNull();
    click(q('sidepanel-tab-export'));
    await until(() => expect(q<HTMLSelectElement>('rapi-export-market')!.value).toBe('AE'));

    // Closed and opened again: a new side panel reads the choice back from storage.
    unmountRoot(page);
    page = mountRoot();
    render(client);
    await until(() => expect(q('sidepanel-tab-export')).not.toBeNull());
    click(q('sidepanel-tab-export'));
    await until(() => expect(q<HTMLSelectElement>('rapi-export-market')!.value).toBe('AE'));
  });
});
