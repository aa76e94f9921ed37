/**
 * The add/edit form as the listing features share it: one reader (the listing
 * controller), the listing it last read, and Rapi's last edit for undo. Listeners
 * are added before `start`, so the first read reaches every feature.
 */
import type { Listing } from '../../listing/listing';
import type { EditorAdapter, TextField } from '../../marketplaces/editor/types';
import type { Notice, PanelStore } from '../../panel/panel-store';
import type { AppliedEdit } from '../field-writer';
import { startListingController, type ListingController } from '../listing-controller';

export interface ListingSession {
  /** Called with every listing read from the page (after the panel's listing state is set). */
  onListing(listener: (listing: Listing) => void): void;
  /** Starts reading the form; call after every feature has added its listener. */
  start(): Promise<void>;
  controller(): ListingController | undefined;
  element(field: TextField): Element | undefined;
  /** Shows a notice for an edit Rapi made (kept for undo) and re-reads the form. */
  show(notice: Notice, edit?: AppliedEdit): void;
  lastEdit(): AppliedEdit | undefined;
  dispose(): void;
}

export function createListingSession(doc: Document, adapter: EditorAdapter, store: PanelStore): ListingSession {
  const listeners: ((listing: Listing) => void)[] = [];
  let controller: ListingController | undefined;
  let lastEdit: AppliedEdit | undefined;
  let disposed = false;

  return {
    onListing: (listener) => void listeners.push(listener),
    start: async () => {
      const started = await startListingController(doc, adapter, {
        onRead: (read) => {
          store.set({
            listing: { read: { listing: read.listing, sources: read.sources }, teaching: store.get().listing?.teaching ?? null },
          });
          for (const listener of listeners) listener(read.listing);
        },
        onTeaching: (field) => {
          const listing = store.get().listing;
          if (listing) store.set({ listing: { ...listing, teaching: field } });
        },
      });
      if (disposed) started.dispose();
      else controller = started;
    },
    controller: () => controller,
    element: (field) => controller?.element(field),
    show: (notice, edit) => {
      lastEdit = edit;
      store.set({ notice });
      controller?.readNow();
    },
    lastEdit: () => lastEdit,
    dispose: () => {
      disposed = true;
      controller?.dispose();
    },
  };
}
