/**
 * The browser's side panel, per browser. Chrome (MV3): `chrome.sidePanel`, enabled per tab
 * only on pages Rapi works on and disabled everywhere else by default; opened by
 * `sidePanel.open`, which Chrome allows only during a user gesture, so callers call it first,
 * before any await. Firefox (MV2): the global `sidebar_action`, which shows "not here" on other
 * tabs; `sidebarAction.open` is allowed only from a user-input handler and may refuse when a
 * content script's message asks: then Rapi still records the ask and the seller opens it.
 */
import { browser } from 'wxt/browser';
import { detectPage } from '../../utils/marketplaces';
import { isActivePage } from '../../utils/tab-view/activity';
import { openSidePanel } from '../../utils/runtime/open-side-panel';

export { openSidePanel };

export const SIDE_PANEL_PATH = 'sidepanel.html';
/** The manifest command that opens the side panel (Firefox has its own, `_execute_sidebar_action`). */
export const SIDE_PANEL_COMMAND = 'open-side-panel';

interface ChromeSidePanel {
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
}

const chromeSidePanel = (): ChromeSidePanel | undefined => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;

/** Chrome: the side panel is offered on a tab only while it shows a page Rapi works on. */
export async function offerSidePanel(tabId: number, url: string | undefined): Promise<void> {
  const panel = chromeSidePanel();
  if (!panel) return;
  const enabled = isActivePage(url ? detectPage(url) : null);
  await panel.setOptions({ tabId, path: SIDE_PANEL_PATH, enabled }).catch(() => undefined);
}

/** Chrome: off by default, so tabs Rapi never sees (other sites) do not offer it. */
export async function disableSidePanelByDefault(): Promise<void> {
  await chromeSidePanel()
    ?.setOptions({ enabled: false })
    .catch(() => undefined);
}

/** The keyboard command: opens the side panel on the active tab, in the command's own gesture. */
export function registerSidePanelCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SIDE_PANEL_COMMAND) return;
    void openSidePanel(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId });
  });
}
