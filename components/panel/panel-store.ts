/**
 * A tiny external store for the panel: the content script changes the page match
 * (single-page navigation), language and collapse state; React reads it through
 * `useSyncExternalStore`, so one mounted panel follows the page without remounting.
 */
import type { Language } from '../../utils/i18n';
import type { PageMatch } from '../../utils/marketplaces/types';
import type { Listing, ListingField } from '../../utils/listing/listing';
import type { FieldSource, TextField } from '../../utils/marketplaces/editor/types';

/** What the listing-editor section shows: the listing read from the page, and teach mode. */
export interface ListingPanelState {
  read: { listing: Listing; sources: Partial<Record<ListingField, FieldSource>> };
  teaching: TextField | null;
}

export interface PanelState {
  match: PageMatch;
  language: Language;
  collapsed: boolean;
  /** Present on add/edit product pages once the form has been read. */
  listing?: ListingPanelState;
}

export interface PanelStore {
  get: () => PanelState;
  set: (patch: Partial<PanelState>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createPanelStore(initial: PanelState): PanelStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (patch) => {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
