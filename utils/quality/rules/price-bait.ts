/**
 * A price below the marketplace's minimum is refused (Rp100 on Tokopedia and TikTok
 * Shop, marketplaces.md §1.1, §1.4). Below Rp1.000 (our judgement, see
 * profiles/common.ts) almost nothing is really sold: it is a bait price that makes
 * buyers feel tricked when the variant they want costs more.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { formatCount } from '../text/measure';

export const priceBait: Rule<'price-bait'> = {
  id: 'price-bait',
  messageKeys: ['rule_price_bait', 'rule_price_bait_below_minimum'],
  check({ listing, profile }) {
    const price = listing.priceIdr;
    if (price === undefined || price <= 0) return [];
    const { min, plausibleMin } = profile.price;
    if (min !== undefined && price < min) {
      return [
        makeFinding('price-bait', 'error', 'priceIdr', [formatCount(price), formatCount(min), profile.name], {
          messageKey: 'rule_price_bait_below_minimum',
        }),
      ];
    }
    return price < plausibleMin ? [makeFinding('price-bait', 'warning', 'priceIdr', [formatCount(price)])] : [];
  },
};
