/** The side panel's client over the real browser: tabs of its own window, the hub's port and messages, settings. */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messaging/client';
import { SIDEPANEL_PORT, ViewPushSchema, type TabView } from '../../utils/messaging/tab-protocol';
import { enableAllRules, setRuleEnabled } from '../../utils/settings/rule-settings';
import { loadSettings, watchSettings } from '../../utils/settings/store';
import type { FollowedTab, SidePanelClient } from './side-panel-client';

export function browserClient(): SidePanelClient {
  const views = new Set<(view: TabView) => void>();
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const connect = () => {
    port = browser.runtime.connect({ name: SIDEPANEL_PORT });
    port.onMessage.addListener((message: unknown) => {
      const push = ViewPushSchema.safeParse(message);
      if (push.success) for (const listener of views) listener(push.data.view);
    });
    // The background (an MV3 service worker) can stop; connect again so pushes keep coming.
    port.onDisconnect.addListener(() => setTimeout(connect, 100));
  };

  // When shown as a tab (tests, or a seller who opened it so), the side panel does not follow itself.
  const self = browser.tabs
    .getCurrent()
    .then((tab) => tab?.id)
    .catch(() => undefined);
  const windowId = browser.windows.getCurrent().then((window) => window.id);
  const asFollowed = (tab: { id?: number; url?: string }): FollowedTab | null =>
    tab.id === undefined ? null : { tabId: tab.id, ...(tab.url && { url: tab.url }) };

  return {
    language: async () => (await loadSettings()).language,
    onLanguage: (listener) => watchSettings((settings) => listener(settings.language)),
    activeTab: async () => {
      const [tab] = await browser.tabs.query({ active: true, windowId: await windowId });
      if (!tab || tab.id === (await self)) return null;
      return asFollowed(tab);
    },
    onTabChange: (listener) => {
      const activated = async ({ tabId, windowId: window }: { tabId: number; windowId: number }) => {
        if (window !== (await windowId) || tabId === (await self)) return;
        const tab = await browser.tabs.get(tabId).catch(() => undefined);
        listener(asFollowed(tab ?? { id: tabId }) ?? { tabId });
      };
      const updated = async (
        tabId: number,
        change: { url?: string; status?: string },
        tab: { active?: boolean; windowId?: number; url?: string },
      ) => {
        if (!tab.active || tab.windowId !== (await windowId) || tabId === (await self)) return;
        if (change.url === undefined && change.status !== 'complete') return;
        listener(asFollowed({ id: tabId, ...(tab.url && { url: tab.url }) }) ?? { tabId });
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      };
    },
    view: async (tabId) => (await sendToBackground({ type: 'view/get', tabId })).view,
    onView: (listener) => {
      if (!port) connect();
      views.add(listener);
      return () => views.delete(listener);
    },
    command: (tabId, command) => sendToBackground({ type: 'page/command', tabId, command }),
    disableRule: (marketplace, rule) => setRuleEnabled(marketplace, rule, false),
    enableAllRules: (marketplace) => enableAllRules(marketplace),
    openReport: async (id) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html' as '/popup.html')}#id=${id}` });
    },
  };
}
