/**
 * What Rapi does on each kind of page, started when the page is detected and
 * disposed when the user navigates away. Add/edit product pages get the listing
 * reader; the other kinds only show the panel for now.
 */
import type { PanelStore } from '../../components/panel/panel-store';
import { editorAdapterFor } from '../marketplaces/editors';
import type { TextField } from '../marketplaces/editor/types';
import type { PageMatch } from '../marketplaces/types';
import { startListingController } from './listing-controller';

export interface PageFeatures {
  teach(field: TextField): void;
  cancelTeach(): void;
  focusField(field: TextField): void;
  dispose(): void;
}

export async function startPageFeatures(doc: Document, match: PageMatch, store: PanelStore): Promise<PageFeatures | undefined> {
  if (match.kind !== 'listing-editor') {
    store.set({ listing: undefined });
    return undefined;
  }
  const adapter = editorAdapterFor(match.marketplace);
  if (!adapter) return undefined;
  const controller = await startListingController(doc, adapter, {
    onRead: (read) => store.set({ listing: { read: { listing: read.listing, sources: read.sources }, teaching: store.get().listing?.teaching ?? null } }),
    onTeaching: (field) => {
      const listing = store.get().listing;
      if (listing) store.set({ listing: { ...listing, teaching: field } });
    },
  });
  return {
    teach: controller.teach,
    cancelTeach: controller.cancelTeach,
    focusField: controller.focusField,
    dispose: () => {
      controller.dispose();
      store.set({ listing: undefined });
    },
  };
}
