/**
 * Composition root: opens the database, wires the message router, the palette
 * command and the context menu to the browser, and owns nothing else.
 */
import '../../utils/runtime/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { rapiDb } from '../../utils/db';
import { LIFELINE_PORT } from '../../utils/messaging/ports';
import { SIDEPANEL_PORT } from '../../utils/messaging/tab-protocol';
import { detectPage } from '../../utils/marketplaces';
import { loadRuleSettings, watchRuleSettings, disabledRules } from '../../utils/settings/rule-settings';
import { createTabHub } from './tab-hub';
import { disableSidePanelByDefault, offerSidePanel, openSidePanel, registerSidePanelCommand } from './side-panel';
import { createRouter } from '../../utils/messaging/router';
import { loadSettings } from '../../utils/settings/store';
import { badgeFor } from './badge';
import type { PageMatch } from '../../utils/marketplaces/types';
import { PALETTE_COMMAND, registerPaletteCommand } from './palette-command';
import { registerSaveSelectionMenu } from './save-selection-menu';
import { snippetHandlers } from './snippet-handlers';
import { auditHandlers } from './audit-handlers';
import { createRateLimiter, OPTIONS_OPENS_PER_MINUTE } from './rate-limit';

export default defineBackground(() => {
  // MV3 calls it `action`, Firefox MV2 `browserAction`; both have the same badge calls.
  const action = browser.action ?? browser.browserAction;
  const db = rapiDb();
  const optionsOpens = createRateLimiter({ max: OPTIONS_OPENS_PER_MINUTE, windowMs: 60_000 });
  const audits = auditHandlers(db);
  const extensionOrigin = browser.runtime.getURL('/');

  const setBadge = async (tabId: number | undefined, match: PageMatch | null, onMarketplaceHost: boolean) => {
    if (tabId === undefined) return;
    const badge = badgeFor(match, (await loadSettings()).language, onMarketplaceHost);
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setTitle({ tabId, title: badge.title });
    return badge;
  };

  const hub = createTabHub({
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    disabledRules,
    saveAudit: (audit, tabId) => Promise.resolve(audits['audit/save']({ type: 'audit/save', audit }, { tabId })),
    openSidePanel: (tabId) => openSidePanel({ tabId }),
    language: async () => (await loadSettings()).language,
  });

  const route = createRouter(
    {
      ping: () => ({ version: browser.runtime.getManifest().version }),
      ...snippetHandlers(db),
      ...audits,
      ...hub.handlers,
      'page/state': (state, context) => {
        void setBadge(context.tabId, state.match, true).catch(() => undefined);
        return hub.handlers['page/state'](state, context);
      },
      'options/open': async (_request, { tabId }) => {
        // A tab is opened only for the user's clicks, and not in a flood (rate-limit).
        if (!optionsOpens.take(tabId ?? 'extension', Date.now())) return { opened: false };
        await browser.runtime.openOptionsPage();
        return { opened: true };
      },
      'palette/shortcut': async () => {
        const command = (await browser.commands.getAll()).find((c) => c.name === PALETTE_COMMAND);
        return { keys: command?.shortcut ?? '' };
      },
    },
    browser.runtime.id,
    extensionOrigin,
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // Content scripts hold a port only to learn when the extension unloads; nothing is sent on it.
  // The side panel's port, from Rapi's own pages only: the hub pushes tab views on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.sender?.id !== browser.runtime.id) return port.disconnect();
    if (port.name === LIFELINE_PORT) return;
    if (port.name === SIDEPANEL_PORT && port.sender.url?.startsWith(extensionOrigin)) {
      const disconnect = hub.connect(port);
      port.onDisconnect.addListener(disconnect);
      return;
    }
    port.disconnect();
  });

  // A tab that closed or left the marketplaces has nothing to show; the toolbar title says why Rapi is idle there.
  browser.tabs.onRemoved.addListener((tabId) => hub.dropTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    // The URL is visible only on the marketplace hosts Rapi has permission for.
    const url = tab.url;
    const match = url ? detectPage(url) : null;
    void offerSidePanel(tabId, url);
    if (!match) {
      hub.dropTab(tabId);
      void setBadge(tabId, null, Boolean(url)).catch(() => undefined);
    }
  });
  void disableSidePanelByDefault();
  void loadRuleSettings().then((settings) => hub.rulesChanged(settings.disabled));
  watchRuleSettings((settings) => hub.rulesChanged(settings.disabled));
  registerSidePanelCommand();

  registerPaletteCommand();
  registerSaveSelectionMenu(db);
});
