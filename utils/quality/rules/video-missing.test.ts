import { describe, expect, it } from 'vitest';
import { videoMissing } from './video-missing';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

describe('video-missing', () => {
  it('is a tip on Shopee when the page shows no video', () => {
    expect(runRule(videoMissing, listingWith({ hasVideo: false }))[0]).toMatchObject({
      severity: 'tip',
      field: 'hasVideo',
      params: ['Shopee'],
    });
  });

  it('stays quiet when video is unknown, present, or not scored by the marketplace', () => {
    expect(runRule(videoMissing, minimalListing('Kaos Polos Katun Combed 30s'))).toEqual([]);
    expect(runRule(videoMissing, listingWith({ hasVideo: true }))).toEqual([]);
    expect(runRule(videoMissing, listingWith({ hasVideo: false }, 'lazada'))).toEqual([]);
  });
});
