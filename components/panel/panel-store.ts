/**
 * A tiny external store for the panel: the content script changes the page match
 * (single-page navigation), language and collapse state; React reads it through
 * `useSyncExternalStore`, so one mounted panel follows the page without remounting.
 */
import type { Language } from '../../utils/i18n';
import type { PageMatch } from '../../utils/marketplaces/types';
import type { Listing, ListingField } from '../../utils/listing/listing';
import type { FieldSource, TextField } from '../../utils/marketplaces/editor/types';
import type { QualityReport } from '../../utils/quality';
import type { TagsPanelState } from './TagsSection';
import type { AuditPanelState } from './AuditSection';

/** What the listing-editor section shows: the listing read from the page, and teach mode. */
export interface ListingPanelState {
  read: { listing: Listing; sources: Partial<Record<ListingField, FieldSource>> };
  teaching: TextField | null;
}

export interface QualityPanelState {
  /** The report with the rules the seller switched off left out. */
  report: QualityReport;
  disabledCount: number;
}

/** What happened to the last write Rapi made into the page, shown until dismissed. */
export type Notice =
  | { kind: 'applied'; field: TextField; undoable: boolean }
  | { kind: 'too-long'; field: TextField; wanted: number; max: number }
  | { kind: 'stale'; field: TextField }
  | { kind: 'not-accepted'; field: TextField }
  | { kind: 'not-found'; field: TextField }
  | { kind: 'inserted' }
  | { kind: 'insert-too-long'; wanted: number; max: number };

export interface PanelState {
  match: PageMatch;
  language: Language;
  collapsed: boolean;
  /** Present on add/edit product pages once the form has been read. */
  listing?: ListingPanelState;
  quality?: QualityPanelState;
  tags?: TagsPanelState;
  notice?: Notice;
  /** The snippet palette; `hasTarget` says whether a page field was focused to receive the snippet. */
  palette?: { hasTarget: boolean };
  /** On shop, search and product-list pages: the mentor's audit. */
  audit?: AuditPanelState;
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
