/** The audit history as the mentor thinks of it: one group per shop, shops by their latest visit. */
import type { SavedAudit } from '../../utils/db';

export interface ShopHistory {
  shopKey: string;
  /** The newest audit's shop name that is not blank; shop names change, the latest one is what the mentor knows. */
  shopName: string | undefined;
  marketplace: SavedAudit['audit']['marketplace'];
  url: string;
  /** Newest first. */
  audits: SavedAudit[];
}

export function groupByShop(saved: readonly SavedAudit[]): ShopHistory[] {
  const newestFirst = [...saved].sort((a, b) => (a.audit.at < b.audit.at ? 1 : a.audit.at > b.audit.at ? -1 : b.id - a.id));
  const groups = new Map<string, ShopHistory>();
  for (const entry of newestFirst) {
    let group = groups.get(entry.shopKey);
    if (!group) {
      group = { shopKey: entry.shopKey, shopName: undefined, marketplace: entry.audit.marketplace, url: entry.audit.url, audits: [] };
      groups.set(entry.shopKey, group);
    }
    group.audits.push(entry);
    if (group.shopName === undefined && entry.audit.shopName?.trim()) group.shopName = entry.audit.shopName.trim();
  }
  return [...groups.values()];
}
