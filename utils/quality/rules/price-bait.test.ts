import { describe, expect, it } from 'vitest';
import { priceBait } from './price-bait';
import { listingWith, runRule } from '../test-listings';

describe('price-bait', () => {
  it('is an error below the marketplace minimum of Rp100', () => {
    expect(runRule(priceBait, listingWith({ priceIdr: 50 }, 'tokopedia'))[0]).toMatchObject({
      severity: 'error',
      messageKey: 'rule_price_bait_below_minimum',
      params: ['50', '100', 'Tokopedia'],
    });
  });

  it('is a warning below Rp1.000, where Shopee publishes no minimum', () => {
    expect(runRule(priceBait, listingWith({ priceIdr: 1 }))[0]).toMatchObject({ severity: 'warning', params: ['1'] });
    expect(runRule(priceBait, listingWith({ priceIdr: 500 }, 'tokopedia'))[0]).toMatchObject({ severity: 'warning', params: ['500'] });
  });

  it('stays quiet for ordinary prices and for a missing price (another rule)', () => {
    expect(runRule(priceBait, listingWith({ priceIdr: 1_000 }))).toEqual([]);
    expect(runRule(priceBait, listingWith({ priceIdr: 0 }))).toEqual([]);
  });
});
