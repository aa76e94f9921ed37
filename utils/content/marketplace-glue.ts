/**
 * The one content script's glue (issue 15): everything Rapi does inside a marketplace
 * page, with no React and no judging (the background checks, the side panel shows).
 *
 * - The page agent reads the add/edit form and answers the side panel's commands.
 * - The marker layer draws the background's markers (`page/markers`) beside each field
 *   the agent's listing controller located, only on an add/edit form; a marker's click
 *   (a user gesture) asks the background to open the side panel at that field at once.
 * - The palette popover opens at the caret (command relay, side panel, palette keys).
 * - Typed shortcuts expand ";garansi" where the seller switched them on.
 *
 * On a buyer's page or a page Rapi does not know, nothing is added to the page: the
 * marker layer and the popover make their host elements only when they have something
 * to show. Hosts left by an earlier instance (Firefox destroys an unloading extension's
 * scripts without notice and injects the new version) are removed first.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Language } from '../i18n/translate';
import type { PageMatch } from '../marketplaces/types';
import type { Marker } from '../messaging/agent-message';
import { sendFromPage } from '../messaging/page-client';
import { readSettings, watchPageSettings } from '../settings/page-settings';
import { watchExtensionUnload } from './extension-lifeline';
import { createMarkerLayer, type MarkerLayer, type MarkerSpec } from './markers';
import { startPageAgent, type PageAgent } from './page-agent';
import { startPalette } from './palette-glue';
import { OLD_PANEL_HOST, RAPI_HOST_TAGS } from './panel-host';
import { startTypedShortcuts } from './typed-shortcuts-glue';

/** Seller pages: where the palette and typed shortcuts work. Buyer pages (shop, search, product) get none. */
const SELLER_KINDS: readonly string[] = ['listing-editor', 'product-list'];
const isSellerPage = (match: PageMatch | null) => match !== null && SELLER_KINDS.includes(match.kind);

export function removeStaleHosts(doc: Document): void {
  for (const host of doc.querySelectorAll([OLD_PANEL_HOST, ...RAPI_HOST_TAGS].join(','))) host.remove();
}

export interface MarketplaceScript {
  agent: PageAgent;
  /** For tests: the marker layer now, if any. */
  hasMarkerLayer(): boolean;
}

export function runMarketplaceScript(ctx: ContentScriptContext, doc: Document = document): MarketplaceScript {
  removeStaleHosts(doc);
  let language: Language = 'id';
  let layer: MarkerLayer | undefined;
  let latest: Marker[] = [];
  // The agent is made below; its hooks run only after navigation, which is asynchronous.
  let agent: PageAgent | undefined;

  const dropLayer = () => {
    layer?.dispose();
    layer = undefined;
  };

  const openSidePanel = (field: MarkerSpec['field']) => {
    // Sent at once, in the click's gesture: Chrome opens the side panel only while it lasts.
    void sendFromPage({ type: 'sidepanel/open', field }).catch(() => undefined);
  };

  const draw = (markers: Marker[]) => {
    latest = markers;
    if (ctx.isInvalid || agent?.match()?.kind !== 'listing-editor') return dropLayer();
    const specs: MarkerSpec[] = [];
    for (const marker of markers) {
      const element = agent.element(marker.field);
      if (element) specs.push({ field: marker.field, element, count: marker.count, worst: marker.worst });
    }
    if (specs.length === 0 && !layer) return;
    layer ??= createMarkerLayer(doc, { language, onActivate: openSidePanel, signal: ctx.signal });
    layer.update(specs);
  };

  agent = startPageAgent(ctx, {
    onMarkers: draw,
    onPage: (match) => {
      if (match?.kind !== 'listing-editor') dropLayer();
      if (!isSellerPage(match)) palette.reset();
    },
  });
  const marketplace = () => {
    const match = agent?.match() ?? null;
    return isSellerPage(match) ? match?.marketplace : undefined;
  };
  const palette = startPalette(ctx, { marketplace, listing: () => agent?.listing(), language: () => language }, doc);
  startTypedShortcuts(ctx, marketplace, () => palette.open());

  const setLanguage = (next: Language) => {
    if (next === language) return;
    language = next;
    // Both pieces take their words when made: make them again in the new language.
    palette.reset();
    dropLayer();
    draw(latest);
  };
  void readSettings()
    .then((settings) => setLanguage(settings.language))
    .catch(() => undefined);
  ctx.onInvalidated(watchPageSettings((settings) => setLanguage(settings.language)));
  ctx.onInvalidated(dropLayer);
  watchExtensionUnload(ctx);
  return { agent, hasMarkerLayer: () => layer !== undefined };
}
