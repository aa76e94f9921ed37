/**
 * Composition root: wires the message router to the browser and owns nothing else.
 * Later features register their handlers (database, context menu, commands) here.
 */
import '../../utils/runtime/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../utils/messaging/router';
import { loadSettings } from '../../utils/settings/store';
import { badgeFor } from './badge';
import { LIFELINE_PORT } from '../../utils/content/extension-lifeline';

export default defineBackground(() => {
  // MV3 calls it `action`, Firefox MV2 `browserAction`; both have the same badge calls.
  const action = browser.action ?? browser.browserAction;

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
    },
    browser.runtime.id,
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // Content scripts hold a port only to learn when the extension unloads; nothing is sent on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFELINE_PORT || port.sender?.id !== browser.runtime.id) port.disconnect();
  });
});
