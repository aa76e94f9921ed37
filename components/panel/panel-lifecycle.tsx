/**
 * Content-script glue shared by the seller and shop content scripts: detect the
 * page, mount the panel in a shadow root when Rapi helps with it, follow
 * single-page navigation, and clean up when the page leaves Rapi's scope or the
 * extension is reloaded (WXT's `ctx` invalidates and removes the UI).
 *
 * The shadow root is closed: a page script cannot reach into the panel to read
 * snippets or press its buttons, and events a script makes are stopped at the root
 * (untrusted-guard). Tests reach the panel through the browser's automation
 * protocol (tests/e2e/drivers), which the page does not have.
 */
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, type PanelActions } from './Panel';
import { createPanelStore, type PanelStore } from '../../utils/panel/panel-store';
import panelCss from './panel.css?inline';
import { detectPage } from '../../utils/marketplaces';
import type { PageMatch } from '../../utils/marketplaces/types';
import { sendToBackground } from '../../utils/messaging/client';
import { isPanelCollapsed, loadSettings, setPanelCollapsed, watchSettings } from '../../utils/settings/store';
import { watchExtensionUnload } from '../../utils/content/extension-lifeline';
import { PANEL_HOST_TAG, setPanelHost } from '../../utils/content/panel-host';
import { guardUntrustedEvents } from '../../utils/content/untrusted-guard';
import { startPageFeatures, type RunningPageFeatures } from '../../utils/content/features/registry';
import { startPalette } from '../../utils/content/palette-glue';
import { startTypedShortcuts } from '../../utils/content/typed-shortcuts-glue';

export { PANEL_HOST_TAG };

/**
 * Panels left by an earlier instance of Rapi that could not remove them itself:
 * Firefox destroys an unloading extension's content scripts without notice and
 * injects the new version into open pages, which would otherwise show two panels.
 */
function removeStalePanels(): void {
  for (const host of document.querySelectorAll(PANEL_HOST_TAG)) host.remove();
}

const sameMatch = (a: PageMatch | null, b: PageMatch | null) => a?.marketplace === b?.marketplace && a?.kind === b?.kind;

export async function runPanel(ctx: ContentScriptContext): Promise<void> {
  let ui: ShadowRootContentScriptUi<Root> | undefined;
  let store: PanelStore | undefined;
  let current: PageMatch | null = null;
  let features: RunningPageFeatures | undefined;

  const tellBackground = (match: PageMatch | null) =>
    sendToBackground({ type: 'page-detected', match }).catch(() => {
      // The badge is a nicety; a background that is restarting must not break the panel.
    });

  const toggle = async () => {
    if (!store) return;
    const { match, collapsed } = store.get();
    store.set({ collapsed: !collapsed });
    await setPanelCollapsed(match.marketplace, !collapsed);
  };

  const mount = async (match: PageMatch) => {
    const [settings, collapsed] = await Promise.all([loadSettings(), isPanelCollapsed(match.marketplace)]);
    const panelStore = createPanelStore({ match, language: settings.language, collapsed });
    const created = await createShadowRootUi<Root>(ctx, {
      name: PANEL_HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: panelCss,
      mode: 'closed',
      // Keys typed in the panel (the palette's search) must not reach the page's own shortcuts.
      isolateEvents: true,
      onMount: (container, shadow) => {
        guardUntrustedEvents(shadow, ctx.signal);
        const root = createRoot(container);
        root.render(<Panel store={panelStore} onToggle={() => void toggle()} actions={actions} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    if (ctx.isInvalid) return;
    removeStalePanels();
    store = panelStore;
    ui = created;
    setPanelHost(created.shadowHost);
    ui.mount();
  };

  // The panel calls these; they reach whichever page feature serves them now (none: nothing happens).
  const actions: PanelActions = {
    teach: (field) => features?.actions.teach?.(field),
    cancelTeach: () => features?.actions.cancelTeach?.(),
    focusField: (field) => features?.actions.focusField?.(field),
    applyFix: (finding) => features?.actions.applyFix?.(finding),
    showFinding: (finding) => features?.actions.showFinding?.(finding),
    disableRule: (rule) => features?.actions.disableRule?.(rule),
    enableAllRules: () => features?.actions.enableAllRules?.(),
    undo: () => features?.actions.undo?.(),
    dismissNotice: () => features?.actions.dismissNotice?.(),
    insertTag: (tag) => features?.actions.insertTag?.(tag),
    openPalette: () => palette.open(),
    closePalette: () => palette.close(),
    searchSnippets: (query) => palette.search(query),
    insertSnippet: (hit, fields) => palette.insert(hit, fields),
    manageSnippets: () => void sendToBackground({ type: 'options/open' }).catch(() => undefined),
    runAudit: () => features?.actions.runAudit?.(),
    loadAll: () => features?.actions.loadAll?.(),
    cancelLoad: () => features?.actions.cancelLoad?.(),
    openReport: (id) => features?.actions.openReport?.(id),
  };
  const palette = startPalette(ctx, () => store);
  startTypedShortcuts(
    ctx,
    () => current?.marketplace,
    () => palette.open(),
  );

  const sync = async (url: string) => {
    const match = detectPage(url);
    if (sameMatch(match, current)) return;
    current = match;
    void tellBackground(match);
    features?.dispose();
    features = undefined;
    if (!match) {
      ui?.remove();
      ui = undefined;
      setPanelHost(undefined);
      store = undefined;
      return;
    }
    if (store && ui) {
      // The collapse choice is per marketplace; a navigation stays on one host, so it stays valid.
      store.set({ match });
    } else {
      await mount(match);
    }
    if (store && !ctx.isInvalid) features = await startPageFeatures(document, match, store);
  };

  // Navigations are handled one after another, so a quick back-and-forth cannot mount two panels.
  let queue = Promise.resolve();
  const enqueue = (url: string) => {
    queue = queue.then(() => sync(url)).catch((error: unknown) => console.error('[Rapi]', error));
    return queue;
  };

  // The event's name can be known to the page, which could send one of its own. A page's event
  // carries no URL this script can see (its properties stay in the page's world), so only a URL
  // object made by WXT's watcher is used; otherwise the address bar is read (a false alarm changes nothing).
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const newUrl = (event as { newUrl?: unknown }).newUrl;
    void enqueue(newUrl instanceof URL ? newUrl.href : location.href);
  });
  const unwatch = watchSettings((settings) => store?.set({ language: settings.language }));
  ctx.onInvalidated(unwatch);
  ctx.onInvalidated(() => features?.dispose());
  watchExtensionUnload(ctx);
  await enqueue(location.href);
}
