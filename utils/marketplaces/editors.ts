/** The add/edit-product adapter of every marketplace, by id. */
import type { EditorAdapter } from './editor/types';
import type { MarketplaceId } from './types';
import { blibliEditor } from './blibli/editor';
import { lazadaEditor } from './lazada/editor';
import { shopeeEditor } from './shopee/editor';
import { tiktokTokopediaEditor } from './tiktok-tokopedia/editor';
import { tokopediaEditor } from './tokopedia/editor';

export const EDITOR_ADAPTERS: Partial<Record<MarketplaceId, EditorAdapter>> = {
  tokopedia: tokopediaEditor,
  'tiktok-tokopedia': tiktokTokopediaEditor,
  shopee: shopeeEditor,
  lazada: lazadaEditor,
  blibli: blibliEditor,
};

export function editorAdapterFor(id: MarketplaceId): EditorAdapter | undefined {
  return EDITOR_ADAPTERS[id];
}
