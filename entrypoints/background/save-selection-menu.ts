/**
 * "Simpan sebagai snippet Rapi": selected text on a marketplace page becomes a new
 * snippet, opened in the options page for naming. Only on the marketplaces' hosts.
 */
import { browser } from 'wxt/browser';
import { createSnippet, type RapiDb } from '../../utils/db';
import { t } from '../../utils/i18n';
import { hostMatchPatterns } from '../../utils/marketplaces/registry';
import { loadSettings } from '../../utils/settings/store';
import { snippetDraftFromSelection } from './snippet-from-selection';

const MENU_ID = 'rapi-save-selection';

export function registerSaveSelectionMenu(db: RapiDb): void {
  const menus = browser.contextMenus;
  void (async () => {
    const { language } = await loadSettings();
    // The worker restarts often; creating an existing id throws, so start clean.
    await menus.removeAll();
    menus.create({
      id: MENU_ID,
      title: t(language, 'menu_save_snippet'),
      contexts: ['selection'],
      documentUrlPatterns: hostMatchPatterns(),
    });
  })();
  menus.onClicked.addListener(async (info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const result = await createSnippet(db, snippetDraftFromSelection(info.selectionText));
    if (!result.ok) return;
    const options = browser.runtime.getURL('/options.html' as '/popup.html');
    await browser.tabs.create({ url: `${options}#edit=${encodeURIComponent(result.value.id)}` });
  });
}
