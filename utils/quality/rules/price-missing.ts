/**
 * Every marketplace requires a price, so its form refuses the listing without one: an error.
 * Tokopedia's form says "Harga minimum produk adalah Rp 100", TikTok Shop takes Rp100–100 million,
 * Shopee and Lazada take a price range from their item limits (marketplaces.md §1.1–1.4).
 * Reported only when the page had the price
 * field and it was empty or 0, not when the adapter simply did not find the field:
 * a price Rapi could not read (in a variant table, say) is not a missing price,
 * even though the profile knows the marketplace requires one.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';

export const priceMissing: Rule<'price-missing'> = {
  id: 'price-missing',
  messageKeys: ['rule_price_missing'],
  check({ listing, known }) {
    return known('priceIdr') && !((listing.priceIdr ?? 0) > 0) ? [makeFinding('price-missing', 'error', 'priceIdr')] : [];
  },
};
