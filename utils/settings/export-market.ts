/**
 * The destination the seller last chose in the Ekspor tab (and the mentor in the report), kept in
 * extension storage and read back through zod: a stored value from another version or a hand-edited
 * profile that is not a known market gives the default instead of breaking the tab.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { EXPORT_MARKETS, type ExportMarket } from '../export/types';

export const ExportMarketSchema = z.enum(EXPORT_MARKETS);
/** Malaysia: the first export programme most Indonesian marketplace sellers are offered. */
export const DEFAULT_EXPORT_MARKET: ExportMarket = 'MY';

export const exportMarketItem = storage.defineItem<ExportMarket>('local:exportMarket', { fallback: DEFAULT_EXPORT_MARKET, version: 1 });

export function parseExportMarket(raw: unknown): ExportMarket {
  const parsed = ExportMarketSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_EXPORT_MARKET;
}

export async function loadExportMarket(): Promise<ExportMarket> {
  return parseExportMarket(await exportMarketItem.getValue());
}

export async function saveExportMarket(market: ExportMarket): Promise<void> {
  await exportMarketItem.setValue(ExportMarketSchema.parse(market));
}
