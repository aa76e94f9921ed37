/**
 * The toolbar popup (issue 15 item 6): what Rapi sees on the current tab (marketplace, page
 * kind, how many suggestions the hub found), a button that opens the side panel, and on other
 * pages why Rapi does nothing there. Language and settings live on the options page.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { marketplaceName, pageKindName, t, type Language } from '../../utils/i18n';
import { detectPage } from '../../utils/marketplaces';
import { sendToBackground } from '../../utils/messaging/client';
import type { TabView } from '../../utils/messaging/tab-protocol';
import { loadSettings } from '../../utils/settings/store';
import { whyInactive } from '../../utils/tab-view/activity';
import { inactiveReasonKey } from '../../utils/tab-view/inactive-text';
import { openSidePanel } from '../../utils/runtime/open-side-panel';

const RETRY_MS = 300;

interface CurrentTab {
  id?: number;
  windowId?: number;
  url?: string;
}

/** The tab the popup is about: the active one; `?tab=` names another (the popup opened as a page, in tests). */
async function currentTab(): Promise<CurrentTab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function App() {
  const [language, setLanguage] = useState<Language | null>(null);
  const [tab, setTab] = useState<CurrentTab | undefined>(undefined);
  const [view, setView] = useState<TabView | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void loadSettings().then((settings) => setLanguage(settings.language));
    void currentTab().then(async (found) => {
      setTab(found ?? {});
      const tabId = found?.id;
      if (tabId === undefined) return;
      const ask = () => sendToBackground({ type: 'view/get', tabId }).catch(() => ({ view: null }));
      let answer = await ask();
      // A background that had just started knows nothing of the tab yet; it asked the tab, which answers at once.
      if (!answer.view) answer = await new Promise((resolve) => setTimeout(resolve, RETRY_MS)).then(ask);
      setView(answer.view);
    });
  }, []);

  if (!language || !tab) return null;

  // The tab's URL is visible only on the marketplace hosts Rapi has permission for, which is all it needs.
  const match = view?.match ?? (tab.url ? detectPage(tab.url) : null);
  const why = whyInactive(match, Boolean(tab.url));
  const findings = view?.quality?.report.findings.length;

  const open = () => {
    // Called straight from the click, before any await: the browser opens a side panel only in the user's gesture.
    void openSidePanel(tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId }).then((opened) => {
      if (opened) window.close();
      else setRefused(true);
    });
  };

  return (
    <main lang={language}>
      <h1>{t(language, 'extName')}</h1>
      {why || !match ? (
        <p data-testid="popup-inactive" data-reason={why ?? ''}>
          {t(language, inactiveReasonKey(why ?? 'unknown-page'))}
        </p>
      ) : (
        <>
          <p data-testid="popup-active" data-marketplace={match.marketplace} data-kind={match.kind}>
            {t(language, 'popup_active_on')}{' '}
            <strong>
              {marketplaceName(language, match.marketplace)} · {pageKindName(language, match.kind)}
            </strong>
          </p>
          {findings !== undefined && (
            <p data-testid="popup-findings" data-count={findings}>
              {findings > 0 ? t(language, 'popup_findings', String(findings)) : t(language, 'popup_no_findings')}
            </p>
          )}
          <button type="button" className="primary" data-testid="popup-open-sidepanel" onClick={open}>
            {t(language, 'popup_open_sidepanel')}
          </button>
          {refused && (
            <p role="alert" data-testid="popup-sidepanel-refused">
              {t(language, 'popup_sidepanel_refused')}
            </p>
          )}
        </>
      )}
      <p>
        <button type="button" className="link" data-testid="popup-settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(language, 'popup_settings')}
        </button>
      </p>
      <p className="privacy">{t(language, 'panel_privacy')}</p>
    </main>
  );
}
