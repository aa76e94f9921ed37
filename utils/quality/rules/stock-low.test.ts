import { describe, expect, it } from 'vitest';
import { stockLow } from './stock-low';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

describe('stock-low', () => {
  it('warns at stock 0 everywhere', () => {
    expect(runRule(stockLow, listingWith({ stock: 0 }))[0]).toMatchObject({ severity: 'warning', messageKey: 'rule_stock_low_empty' });
  });

  it('warns under 5 on TikTok Shop (STOCK_LESS_THAN_FIVE), only a tip on Tokopedia', () => {
    expect(runRule(stockLow, listingWith({ stock: 3 }, 'tiktok-tokopedia'))[0]).toMatchObject({ severity: 'warning', params: ['3', '5'] });
    expect(runRule(stockLow, listingWith({ stock: 3 }, 'tokopedia'))[0]?.severity).toBe('tip');
  });

  it('stays quiet where no low-stock figure is published, when unknown, or when stocked', () => {
    expect(runRule(stockLow, listingWith({ stock: 3 }, 'shopee'))).toEqual([]);
    expect(runRule(stockLow, minimalListing('Kaos Polos Katun Combed 30s', 'tiktok-tokopedia'))).toEqual([]);
    expect(runRule(stockLow, listingWith({ stock: 5 }, 'tiktok-tokopedia'))).toEqual([]);
  });
});
