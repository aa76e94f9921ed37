import { describe, expect, it } from 'vitest';
import { priceMissing } from './price-missing';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

describe('price-missing', () => {
  it('is an error when the page had the price field and it was empty or 0', () => {
    const { priceIdr: _, ...noPrice } = listingWith({});
    expect(runRule(priceMissing, noPrice)[0]).toMatchObject({ severity: 'error', field: 'priceIdr' });
    expect(runRule(priceMissing, listingWith({ priceIdr: 0 }))).toHaveLength(1);
  });

  it('stays quiet when the adapter did not find the field, or could not read it', () => {
    expect(runRule(priceMissing, minimalListing('Kaos Polos Katun Combed 30s'))).toEqual([]);
    expect(runRule(priceMissing, listingWith({ priceIdr: Number.NaN }))).toEqual([]);
    expect(runRule(priceMissing, listingWith({ priceIdr: 75_000 }))).toEqual([]);
  });
});
