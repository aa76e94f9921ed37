/**
 * Fields the user pointed out to Rapi by clicking them (teach mode), per
 * marketplace, as CSS selectors. Kept in extension storage, read through zod:
 * a stored selector is used only in `querySelectorAll`, never as markup.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { MarketplaceIdSchema, type MarketplaceId } from '../marketplaces/types';
import { TEXT_FIELDS, type TextField } from '../marketplaces/editor/types';

const TaughtForMarketplaceSchema = z.partialRecord(z.enum(TEXT_FIELDS), z.string().min(1).max(500));
export const TaughtFieldsSchema = z.partialRecord(MarketplaceIdSchema, TaughtForMarketplaceSchema);
export type TaughtFields = z.infer<typeof TaughtFieldsSchema>;

export const taughtFieldsItem = storage.defineItem<TaughtFields>('local:taughtFields', { fallback: {}, version: 1 });

async function loadAll(): Promise<TaughtFields> {
  const parsed = TaughtFieldsSchema.safeParse(await taughtFieldsItem.getValue());
  return parsed.success ? parsed.data : {};
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
