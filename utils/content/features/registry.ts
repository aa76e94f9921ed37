/**
 * What Rapi does on each kind of page: the registry of page features. On a page, the
 * features serving its kind start (the listing ones share one reader of the form) and
 * stop together when the user navigates away; the panel sections no running feature
 * fills are cleared. Adding a feature is one module and one line here.
 */
import { editorAdapterFor } from '../../marketplaces/editors';
import type { PageMatch } from '../../marketplaces/types';
import type { PanelState, PanelStore } from '../../panel/panel-store';
import { auditFeature } from './audit';
import { createListingSession, type ListingSession } from './listing-session';
import { listingFieldsFeature } from './listing-fields';
import { qualityFeature } from './quality';
import { tagsFeature } from './tags';
import type { PageActions, PageFeature, RunningFeature } from './types';

export const PAGE_FEATURES: readonly PageFeature[] = [listingFieldsFeature, qualityFeature, tagsFeature, auditFeature];

export interface RunningPageFeatures {
  /** The running features' ids, in registry order. */
  ids: string[];
  /** Only what the running features serve; the panel skips the rest. */
  actions: Partial<PageActions>;
  dispose(): void;
}

const clear = (keys: Iterable<keyof PanelState>): Partial<PanelState> => Object.fromEntries([...keys].map((key) => [key, undefined]));

export async function startPageFeatures(
  doc: Document,
  match: PageMatch,
  store: PanelStore,
  features: readonly PageFeature[] = PAGE_FEATURES,
): Promise<RunningPageFeatures | undefined> {
  let serving = features.filter((feature) => feature.kinds.includes(match.kind));
  let listing: ListingSession | undefined;
  if (serving.some((feature) => feature.reads.includes('listing'))) {
    const adapter = editorAdapterFor(match.marketplace);
    // No editor adapter for this marketplace: the features that read the form have nothing to read.
    if (adapter) listing = createListingSession(doc, adapter, store);
    else serving = serving.filter((feature) => !feature.reads.includes('listing'));
  }
  // Sections left from the previous page that nothing here fills.
  const shown = new Set(serving.flatMap((feature) => feature.shows));
  store.set(clear(features.flatMap((feature) => feature.shows).filter((key) => !shown.has(key))));
  if (serving.length === 0) return undefined;

  const running: RunningFeature[] = [];
  for (const feature of serving) running.push(await feature.start({ doc, match, store, ...(listing && { listing }) }));
  await listing?.start();
  return {
    ids: serving.map((feature) => feature.id),
    actions: Object.assign({}, ...running.map((feature) => feature.actions)) as Partial<PageActions>,
    dispose: () => {
      for (const feature of running) feature.dispose();
      listing?.dispose();
      store.set(clear(shown));
    },
  };
}
