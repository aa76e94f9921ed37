/** The add/edit-product adapter of every marketplace, by id (read from the registry). */
import type { EditorAdapter } from './editor/types';
import { MARKETPLACES, MARKETPLACE_REGISTRY } from './registry';
import type { MarketplaceId } from './types';

export const EDITOR_ADAPTERS: Partial<Record<MarketplaceId, EditorAdapter>> = Object.fromEntries(
  MARKETPLACES.flatMap((m) => (m.editor ? [[m.id, m.editor]] : [])),
);

export function editorAdapterFor(id: MarketplaceId): EditorAdapter | undefined {
  return MARKETPLACE_REGISTRY.get(id).editor;
}
