import { describe, expect, it } from 'vitest';
import { imagesTooFew } from './images-too-few';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

describe('images-too-few', () => {
  it('is an error with no photo and a warning under the marketplace target', () => {
    expect(runRule(imagesTooFew, listingWith({ imageCount: 0 }))[0]).toMatchObject({ severity: 'error', params: ['0', '1', 'Shopee'] });
    expect(runRule(imagesTooFew, listingWith({ imageCount: 2 }))[0]).toMatchObject({ severity: 'warning', params: ['2', '3', 'Shopee'] });
    expect(runRule(imagesTooFew, listingWith({ imageCount: 4 }, 'tiktok-tokopedia'))[0]).toMatchObject({
      severity: 'warning',
      params: ['4', '5', 'TikTok Shop by Tokopedia'],
    });
  });

  it('stays quiet when the count is unknown or enough', () => {
    expect(runRule(imagesTooFew, minimalListing('Kaos Polos Katun Combed 30s'))).toEqual([]);
    expect(runRule(imagesTooFew, listingWith({ imageCount: 3 }))).toEqual([]);
  });
});
