// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRoot, testIdQueries, unmountRoot, until, type Mounted } from '../../tests/unit/react-page';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import type { Language } from '../../utils/i18n';
import type { PageState, TabView } from '../../utils/messaging/tab-protocol';
import { buildTabView } from '../../utils/tab-view/build-view';
import type { FollowedTab, SidePanelClient } from './side-panel-client';
import { SidePanelApp } from './SidePanelApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EDITOR_URL = 'https://seller.shopee.co.id/portal/product/new';
const editorState: PageState = {
  type: 'page/state',
  match: { marketplace: 'shopee', kind: 'listing-editor' },
  listing: {
    listing: {
      marketplace: 'shopee',
      title: 'KEMEJA BATIK PEKALONGAN PRIA LENGAN PANJANG TERMURAH!!!',
      description: 'Kemeja batik cap asli Pekalongan, bahan katun. Hubungi WA 0812 3456 7890',
      found: ['title', 'description'],
    },
    sources: { title: 'selector', description: 'selector' },
    teaching: null,
  },
  fields: ['title', 'description'],
};
const EDITOR_VIEW = buildTabView(1, editorState, []);
const SHOP_VIEW = buildTabView(2, { type: 'page/state', match: { marketplace: 'tokopedia', kind: 'shop' }, fields: [] }, []);

function tell<T>(listeners: Set<(value: T) => void>, value: T) {
  for (const listener of listeners) listener(value);
}

function fakeClient(views: Record<number, TabView | null>, active: FollowedTab | null, language: Language = 'id') {
  const viewListeners = new Set<(view: TabView) => void>();
  const tabListeners = new Set<(tab: FollowedTab) => void>();
  const languageListeners = new Set<(language: Language) => void>();
  const client: SidePanelClient = {
    language: async () => language,
    onLanguage: (listener) => {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    },
    activeTab: async () => active,
    onTabChange: (listener) => {
      tabListeners.add(listener);
      return () => tabListeners.delete(listener);
    },
    view: async (tabId) => views[tabId] ?? null,
    onView: (listener) => {
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    command: vi.fn(async () => ({ notice: null })),
    disableRule: vi.fn(async () => undefined),
    enableAllRules: vi.fn(async () => undefined),
    openReport: vi.fn(async () => undefined),
  };
  return {
    client,
    push: (view: TabView) => act(() => tell(viewListeners, view)),
    switchTo: (tab: FollowedTab) => act(() => tell(tabListeners, tab)),
    setLanguage: (next: Language) => act(() => tell(languageListeners, next)),
  };
}

let page: Mounted;
const { byTestId, all } = testIdQueries(() => page.container);
const render = (client: SidePanelClient) => act(() => page.root.render(<SidePanelApp client={client} />));
const click = (el: HTMLElement | null) => act(() => el!.click());

beforeEach(() => {
  page = mountRoot();
});
afterEach(() => unmountRoot(page));

describe('SidePanelApp', () => {
  it("shows the followed tab's findings, tags and fields, and what page Rapi sees", async () => {
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    expect(byTestId('sidepanel-page')?.dataset).toMatchObject({ marketplace: 'shopee', kind: 'listing-editor' });
    expect(byTestId('sidepanel-marketplace')?.textContent).toBe('Shopee');
    const ruleIds = new Set(EDITOR_VIEW.quality!.report.findings.map((finding) => finding.ruleId));
    for (const ruleId of ruleIds) expect(byTestId(`rapi-finding-${ruleId}`), ruleId).not.toBeNull();
    expect(byTestId('rapi-tags')).not.toBeNull();
    expect(byTestId('rapi-listing')).not.toBeNull();
    expect(byTestId('sidepanel-not-here')).toBeNull();
  });

  it('has headings that step down one level at a time (screen readers list them as an outline)', async () => {
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    const levels = [...page.container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.length).toBeGreaterThan(3);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(1);
  });

  it('turns the buttons into commands for the followed tab', async () => {
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    const withFix = EDITOR_VIEW.quality!.report.findings.find((finding) => finding.fix)!;
    click(byTestId(`rapi-fix-${withFix.ruleId}`));
    expect(client.command).toHaveBeenLastCalledWith(1, { command: 'apply-fix', fix: withFix.fix });
    const tag = all('rapi-tag').find((item) => item.querySelector('button'));
    expect(tag).toBeDefined();
    click(tag!.querySelector('button'));
    expect(client.command).toHaveBeenLastCalledWith(1, { command: 'insert-tag', insert: tag!.dataset.insert });
    click(byTestId('rapi-value-title')!.closest('button'));
    expect(client.command).toHaveBeenLastCalledWith(1, { command: 'focus-field', field: 'title' });
    click(byTestId('rapi-teach-priceIdr'));
    expect(client.command).toHaveBeenLastCalledWith(1, { command: 'teach', field: 'priceIdr' });
    click(byTestId(`rapi-disable-${withFix.ruleId}`));
    expect(client.disableRule).toHaveBeenCalledWith('shopee', withFix.ruleId);
    click(byTestId('sidepanel-open-palette'));
    expect(client.command).toHaveBeenLastCalledWith(1, { command: 'palette-open' });
  });

  it('shows the notice pushed after an edit, with undo and dismiss as commands', async () => {
    const { client, push } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    push({ ...EDITOR_VIEW, notice: { kind: 'applied', field: 'title', undoable: true } });
    expect(byTestId('rapi-notice')?.dataset.kind).toBe('applied');
    click(byTestId('rapi-undo'));
    expect(client.command).toHaveBeenLastCalledWith(1, { command: 'undo' });
  });

  it('switches its content with the active tab and ignores pushes for other tabs', async () => {
    const { client, push, switchTo } = fakeClient({ 1: EDITOR_VIEW, 2: SHOP_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    switchTo({ tabId: 2, url: 'https://www.tokopedia.com/kopigayo' });
    await until(() => expect(byTestId('rapi-audit')).not.toBeNull());
    expect(byTestId('rapi-quality')).toBeNull();
    expect(byTestId('sidepanel-page')?.dataset.kind).toBe('shop');
    push({ ...EDITOR_VIEW, tabId: 1 });
    expect(byTestId('rapi-quality')).toBeNull();
    click(byTestId('rapi-audit-run'));
    expect(client.command).toHaveBeenLastCalledWith(2, { command: 'audit-run' });
  });

  it.each([
    ['another site', { tabId: 3 }, null, 'not-marketplace'],
    [
      "a buyer's product page",
      { tabId: 3, url: 'https://shopee.co.id/Kopi-Gayo-i.312456789.23456789012' },
      { tabId: 3, match: { marketplace: 'shopee', kind: 'product' } },
      'buyer-page',
    ],
    [
      'a marketplace page Rapi does not know',
      { tabId: 3, url: 'https://seller.shopee.co.id/portal/finance' },
      { tabId: 3, match: null },
      'unknown-page',
    ],
  ] as const)('says Rapi does not work on %s, and why', async (_name, tab, view, reason) => {
    const { client } = fakeClient({ 3: view as TabView | null }, tab);
    render(client);
    await until(() => expect(byTestId('sidepanel-not-here')).not.toBeNull());
    expect(byTestId('sidepanel-not-here')?.dataset.reason).toBe(reason);
    expect(byTestId('sidepanel-why')?.textContent?.length).toBeGreaterThan(20);
    expect(byTestId('rapi-quality')).toBeNull();
  });

  it("when a marker asks for a field, focuses that field's first finding, and again on the next ask", async () => {
    const { client, push } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    render(client);
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    const first = EDITOR_VIEW.quality!.report.findings.find((finding) => finding.field === 'description')!;
    push({ ...EDITOR_VIEW, focusField: { field: 'description', seq: 1 } });
    const target = byTestId(`rapi-finding-${first.ruleId}`);
    expect(document.activeElement).toBe(target);
    act(() => (document.activeElement as HTMLElement).blur());
    push({ ...EDITOR_VIEW, focusField: { field: 'description', seq: 2 } });
    expect(document.activeElement).toBe(target);
  });

  it('speaks the language of the settings, and follows a change', async () => {
    const { client, setLanguage } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL }, 'en');
    render(client);
    await until(() => expect(byTestId('sidepanel')).not.toBeNull());
    expect(byTestId('sidepanel')?.getAttribute('lang')).toBe('en');
    expect(byTestId('sidepanel-tab-page')?.textContent).toBe('This page');
    setLanguage('id');
    expect(byTestId('sidepanel-tab-page')?.textContent).toBe('Halaman ini');
  });

  it('is a tab list a keyboard can use, with a name for every button', async () => {
    const extra = { id: 'export', labelKey: 'sidepanel_sections' as const, render: () => <p data-testid="export-content">ekspor</p> };
    const { client } = fakeClient({ 1: EDITOR_VIEW }, { tabId: 1, url: EDITOR_URL });
    const { SIDEPANEL_TABS } = await import('./tabs');
    act(() => page.root.render(<SidePanelApp client={client} tabs={[SIDEPANEL_TABS[0]!, extra]} />));
    await until(() => expect(byTestId('rapi-quality')).not.toBeNull());
    const tabs = [...page.container.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    act(() => tabs[0]!.focus());
    act(() => tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(byTestId('export-content')).not.toBeNull();
    expect(document.activeElement).toBe(tabs[1]);
    expect(page.container.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('sidepanel-tab-export');
    act(() => tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })));
    expect(byTestId('rapi-quality')).not.toBeNull();
    expect(buttonNames(page.container).every((name) => name.trim().length > 0)).toBe(true);
    expect(repeatedButtonNames(page.container)).toEqual([]);
  });
});
