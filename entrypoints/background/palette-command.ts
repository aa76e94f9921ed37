/**
 * The keyboard shortcut that opens the snippet palette. Declared in the manifest's
 * `commands`, so the user can change it (chrome://extensions/shortcuts, Firefox's
 * add-on shortcut settings); the browser hands it to the background, which tells
 * the active tab's content script.
 */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../utils/messaging/protocol';

export const PALETTE_COMMAND = 'open-palette';

export function registerPaletteCommand(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== PALETTE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const message: TabMessage = { type: 'palette/open' };
    // A tab without Rapi's content script (not a marketplace) has no listener: that is fine.
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  });
}
