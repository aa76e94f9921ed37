import { describe, expect, it } from 'vitest';
import { descriptionTooShort } from './description-too-short';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

describe('description-too-short', () => {
  it('warns under Shopee’s 100 characters and mentions that an image counts too', () => {
    const [finding] = runRule(descriptionTooShort, listingWith({ description: 'Kaos katun adem.' }));
    expect(finding).toMatchObject({ severity: 'warning', messageKey: 'rule_description_too_short_image', params: ['16', '100', 'Shopee'] });
  });

  it('fires on a description found empty', () => {
    const listing = { ...minimalListing('Kaos Polos Katun Combed 30s'), found: ['description' as const] };
    expect(runRule(descriptionTooShort, listing)[0]?.params[0]).toBe('0');
  });

  it('gives TikTok’s 500-character target as a tip', () => {
    const description = 'Kaos katun combed 30s yang adem. '.repeat(5);
    expect(runRule(descriptionTooShort, listingWith({ description }, 'tiktok-tokopedia'))[0]).toMatchObject({
      severity: 'tip',
      params: ['164', '500', 'TikTok Shop by Tokopedia'],
    });
  });

  it('stays quiet when the description is unknown or long enough', () => {
    expect(runRule(descriptionTooShort, minimalListing('Kaos Polos Katun Combed 30s'))).toEqual([]);
    expect(runRule(descriptionTooShort, listingWith({}))).toEqual([]);
  });
});
