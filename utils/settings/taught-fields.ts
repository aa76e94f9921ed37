/**
 * Fields the user pointed out to Rapi by clicking them (teach mode), per
 * marketplace, as CSS selectors. Kept in extension storage, read through zod:
 * a stored selector is used only in `querySelectorAll`, never as markup.
 */
import { storage } from 'wxt/utils/storage';
import type { MarketplaceId } from '../marketplaces/types';
import type { TextField } from '../marketplaces/editor/types';
import { parseTaughtFields, STORAGE_KEYS, TaughtFieldsSchema, type TaughtFields } from './schema';

// The schema lives in schema.ts, storage-free, so the content script can read the same key (page-settings.ts).
export { TaughtFieldsSchema, type TaughtFields };

export const taughtFieldsItem = storage.defineItem<TaughtFields>(`local:${STORAGE_KEYS.taughtFields}`, { fallback: {}, version: 1 });

async function loadAll(): Promise<TaughtFields> {
  return parseTaughtFields(await taughtFieldsItem.getValue());
}

export async function loadTaughtFields(marketplace: MarketplaceId): Promise<Partial<Record<TextField, string>>> {
  return (await loadAll())[marketplace] ?? {};
}

export async function teachField(marketplace: MarketplaceId, field: TextField, selector: string): Promise<void> {
  const all = await loadAll();
  const next = TaughtFieldsSchema.parse({ ...all, [marketplace]: { ...all[marketplace], [field]: selector } });
  await taughtFieldsItem.setValue(next);
}

export async function forgetField(marketplace: MarketplaceId, field: TextField): Promise<void> {
  const all = await loadAll();
  const { [field]: _forgotten, ...rest } = all[marketplace] ?? {};
  await taughtFieldsItem.setValue({ ...all, [marketplace]: rest });
}
