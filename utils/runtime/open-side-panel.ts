/**
 * Opening Rapi's side panel: Chrome's `sidePanel.open` for a tab (the background enables it per
 * tab) or window, Firefox's `sidebarAction.open`. Both need the user's gesture (a click in the
 * popup, a keyboard command, a marker's click message), so callers call this first, before any
 * await; it is synchronous up to the browser's call. False when the browser refused.
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

export function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<boolean> {
  try {
    const chromePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
    if (chromePanel) {
      return chromePanel.open(target).then(
        () => true,
        () => false,
      );
    }
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar)
      return sidebar.open().then(
        () => true,
        () => false,
      );
  } catch {
    // A browser that throws instead of rejecting: the same refusal.
  }
  return Promise.resolve(false);
}
