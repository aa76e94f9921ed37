/**
 * Rapi in the browser's side panel (issue 15). It follows the active tab of its own window,
 * shows the hub's view of that tab (pushed on every change, fetched when it opens or the tab
 * changes), turns the sections' buttons into page commands, says plainly why Rapi does
 * nothing on other pages, and, when a marker asked for a field, brings that field's findings
 * into view and focus. All text is rendered by React as text, never as HTML.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { marketplaceName, pageKindName, t, type Language } from '../../utils/i18n';
import { detectPage } from '../../utils/marketplaces';
import type { TabView } from '../../utils/messaging/tab-protocol';
import { whyInactive } from '../../utils/tab-view/activity';
import { NotHere } from './NotHere';
import type { PageTabActions } from './PageTab';
import type { FollowedTab, SidePanelClient } from './side-panel-client';
import { SIDEPANEL_TABS, type SidePanelTabSpec } from './tabs';

/** Follows the window's active tab and keeps the newest view of it. */
function useFollowedView(client: SidePanelClient) {
  const [tab, setTab] = useState<FollowedTab | null | undefined>(undefined);
  const [view, setView] = useState<TabView | null>(null);
  const followed = useRef<number | undefined>(undefined);
  // A push that arrives while a fetch is on its way is newer than the fetch's answer.
  const pushes = useRef(0);

  useEffect(() => {
    let alive = true;
    const follow = async (next: FollowedTab | null) => {
      if (next?.tabId !== followed.current) setView(null);
      followed.current = next?.tabId;
      setTab(next);
      if (!next) return;
      const before = pushes.current;
      const fetched = await client.view(next.tabId).catch(() => null);
      if (alive && followed.current === next.tabId && pushes.current === before) setView(fetched);
    };
    const offView = client.onView((pushed) => {
      if (pushed.tabId !== followed.current) return;
      pushes.current++;
      setView(pushed);
    });
    const offTab = client.onTabChange((next) => void follow(next));
    void client
      .activeTab()
      .catch(() => null)
      .then(follow);
    return () => {
      alive = false;
      offView();
      offTab();
    };
  }, [client]);
  return { tab, view };
}

/** When a marker asked for a field: its first finding (or the field's line) scrolled into view and focused. */
function useFocusField(view: TabView | null, container: React.RefObject<HTMLElement | null>) {
  const seq = view?.focusField?.seq;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new ask (seq) moves the focus, not every pushed view
  useEffect(() => {
    const ask = view?.focusField;
    const root = container.current;
    if (!ask || !root) return;
    const finding = view.quality?.report.findings.find((f) => f.field === ask.field);
    const target =
      (finding && root.querySelector<HTMLElement>(`[data-testid="rapi-finding-${finding.ruleId}"]`)) ??
      root.querySelector<HTMLElement>(`[data-testid="rapi-field-${ask.field}"]`) ??
      root.querySelector<HTMLElement>('[data-testid="rapi-quality"]');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
    target.dataset.focused = ask.field;
  }, [seq]);
}

function TabList({
  language,
  tabs,
  selected,
  onSelect,
}: {
  language: Language;
  tabs: readonly SidePanelTabSpec[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="rapi-sidepanel__tabs" role="tablist" aria-label={t(language, 'sidepanel_sections')}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          role="tab"
          id={`sidepanel-tab-${tab.id}`}
          data-testid={`sidepanel-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`sidepanel-panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {t(language, tab.labelKey)}
        </button>
      ))}
    </div>
  );
}

export function SidePanelApp({ client, tabs = SIDEPANEL_TABS }: { client: SidePanelClient; tabs?: readonly SidePanelTabSpec[] }) {
  const [language, setLanguage] = useState<Language | null>(null);
  const [selected, setSelected] = useState(tabs[0]?.id ?? 'page');
  const { tab, view } = useFollowedView(client);
  const content = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void client
      .language()
      .catch((): Language => 'id')
      .then(setLanguage);
    return client.onLanguage(setLanguage);
  }, [client]);

  // A marker's ask shows the page tab, where the findings are.
  const focusSeq = view?.focusField?.seq;
  useEffect(() => {
    if (focusSeq !== undefined) setSelected('page');
  }, [focusSeq]);
  useFocusField(view, content);

  if (!language || tab === undefined) return null;

  const match = view?.match ?? (tab?.url ? detectPage(tab.url) : null);
  const why = whyInactive(match, Boolean(tab?.url));
  const tabId = tab?.tabId;
  const actions: PageTabActions = {
    command: (command) => {
      if (tabId !== undefined) void client.command(tabId, command).catch(() => undefined);
    },
    disableRule: (rule) => match && void client.disableRule(match.marketplace, rule),
    enableAllRules: () => match && void client.enableAllRules(match.marketplace),
    openReport: (id) => void client.openReport(id),
  };
  const shownTabs = view ? tabs.filter((spec) => !spec.shown || spec.shown(view)) : [];
  const current = shownTabs.find((spec) => spec.id === selected) ?? shownTabs[0];

  return (
    <main className="rapi-sidepanel" lang={language} data-testid="sidepanel" data-tab-id={tabId ?? ''}>
      <header className="rapi-sidepanel__header">
        <span className="rapi-panel__logo" aria-hidden="true">
          R
        </span>
        <h1 className="rapi-sidepanel__title">{t(language, 'panel_title')}</h1>
      </header>
      {why ? (
        <NotHere language={language} why={why} />
      ) : !view?.match || !current ? (
        <p role="status" data-testid="sidepanel-waiting">
          {t(language, 'sidepanel_waiting')} {t(language, 'sidepanel_reload_hint')}
        </p>
      ) : (
        <>
          <p
            className="rapi-panel__page"
            data-testid="sidepanel-page"
            data-marketplace={view.match.marketplace}
            data-kind={view.match.kind}
          >
            {t(language, 'panel_sees')}{' '}
            <strong data-testid="sidepanel-marketplace">{marketplaceName(language, view.match.marketplace)}</strong>
            <span aria-hidden="true"> · </span>
            <span data-testid="sidepanel-page-kind">{pageKindName(language, view.match.kind)}</span>
          </p>
          <TabList language={language} tabs={shownTabs} selected={current.id} onSelect={setSelected} />
          <div
            ref={content}
            className="rapi-sidepanel__content"
            role="tabpanel"
            id={`sidepanel-panel-${current.id}`}
            aria-labelledby={`sidepanel-tab-${current.id}`}
            data-testid={`sidepanel-panel-${current.id}`}
          >
            {current.render({ language, view, actions })}
          </div>
        </>
      )}
      <p className="rapi-panel__privacy">{t(language, 'panel_privacy')}</p>
    </main>
  );
}
