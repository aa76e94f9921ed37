/**
 * Stock 0 means buyers cannot order at all. Low stock is flagged where the
 * marketplace's own diagnosis does (TikTok STOCK_LESS_THAN_FIVE, marketplaces.md §2).
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';

export const stockLow: Rule<'stock-low'> = {
  id: 'stock-low',
  messageKeys: ['rule_stock_low', 'rule_stock_low_empty'],
  check({ listing, profile }) {
    const stock = listing.stock;
    if (stock === undefined) return [];
    if (stock === 0) return [makeFinding('stock-low', 'warning', 'stock', [], { messageKey: 'rule_stock_low_empty' })];
    const low = profile.stockLow;
    return low && stock < low.value ? [makeFinding('stock-low', low.severity, 'stock', [stock, low.value])] : [];
  },
};
