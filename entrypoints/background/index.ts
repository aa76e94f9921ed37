/**
 * Composition root: opens the database, wires the message router, the palette
 * command and the context menu to the browser, and owns nothing else.
 */
import '../../utils/runtime/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { rapiDb } from '../../utils/db';
import { LIFELINE_PORT } from '../../utils/messaging/ports';
import { createRouter } from '../../utils/messaging/router';
import { loadSettings } from '../../utils/settings/store';
import { badgeFor } from './badge';
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

  const route = createRouter(
    {
      ping: () => ({ version: browser.runtime.getManifest().version }),
      'page-detected': async ({ match }, { tabId }) => {
        const badge = badgeFor(match, (await loadSettings()).language);
        if (tabId !== undefined) {
          await action.setBadgeText({ tabId, text: badge.text });
          await action.setTitle({ tabId, title: badge.title });
        }
        return { badge: badge.text };
      },
      ...snippetHandlers(db),
      ...auditHandlers(db),
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
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // Content scripts hold a port only to learn when the extension unloads; nothing is sent on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFELINE_PORT || port.sender?.id !== browser.runtime.id) port.disconnect();
  });

  registerPaletteCommand();
  registerSaveSelectionMenu(db);
});
