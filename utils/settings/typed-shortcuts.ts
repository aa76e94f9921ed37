/**
 * Whether typing a snippet's shortcut (";garansi" then space) expands it, per
 * marketplace. Off everywhere until the seller switches it on: a typed trigger
 * changes what happens in a form field, so it is the seller's explicit choice.
 * A versioned zod schema: a future shape keeps its migration here.
 */
import { storage } from 'wxt/utils/storage';
import { MARKETPLACE_IDS, type MarketplaceId } from '../marketplaces/types';
import { parseTypedShortcuts, STORAGE_KEYS, TypedShortcutsSchema, type StoredTypedShortcuts } from './schema';

// The schema lives in schema.ts, storage-free, so the content script can read the same key (page-settings.ts).
export { TypedShortcutsSchema, type StoredTypedShortcuts };

/** Every marketplace with its switch; missing ones are off. */
export type TypedShortcuts = Record<MarketplaceId, boolean>;

export const typedShortcutsItem = storage.defineItem<StoredTypedShortcuts>(`local:${STORAGE_KEYS.typedShortcuts}`, {
  fallback: { enabled: {} },
  version: 1,
});

const stored = parseTypedShortcuts;

function complete({ enabled }: StoredTypedShortcuts): TypedShortcuts {
  return Object.fromEntries(MARKETPLACE_IDS.map((id) => [id, enabled[id] ?? false])) as TypedShortcuts;
}

export async function loadTypedShortcuts(): Promise<TypedShortcuts> {
  return complete(stored(await typedShortcutsItem.getValue()));
}

export async function typedShortcutsOn(marketplace: MarketplaceId): Promise<boolean> {
  return (await loadTypedShortcuts())[marketplace];
}

export async function setTypedShortcuts(marketplace: MarketplaceId, on: boolean): Promise<void> {
  const current = stored(await typedShortcutsItem.getValue());
  await typedShortcutsItem.setValue({ enabled: { ...current.enabled, [marketplace]: on } });
}

export function watchTypedShortcuts(onChange: (settings: TypedShortcuts) => void): () => void {
  return typedShortcutsItem.watch((value) => onChange(complete(stored(value))));
}
