import { describe, expect, it } from 'vitest';
import { hashtagsTooMany } from './hashtags-too-many';
import { GOOD_DESCRIPTION, listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

const tags = (n: number, prefix = 'tag') => Array.from({ length: n }, (_, i) => `#${prefix}${i + 1}`).join(' ');

describe('hashtags-too-many', () => {
  it('is an error over Shopee’s 18 and removes the block of extra tags', () => {
    const listing = listingWith({ description: `${GOOD_DESCRIPTION}\n${tags(20)}`, hashtags: [] });
    const [finding] = runRule(hashtagsTooMany, listing);
    expect(finding).toMatchObject({ severity: 'error', field: 'description', params: ['20', '18', 'Shopee'] });
    const fixed = applyFix(listing, finding!.fix!)!.description!;
    expect(fixed.match(/#\w+/g)).toHaveLength(18);
  });

  it('counts the description and the hashtag field together, once per tag, against 5 on Tokopedia (third-party advice: a tip)', () => {
    const listing = listingWith(
      { description: `${GOOD_DESCRIPTION} #kaos #polos #Kaos`, hashtags: ['kaos', 'katun', 'hitam', 'pria', 'adem'] },
      'tokopedia',
    );
    expect(runRule(hashtagsTooMany, listing)[0]).toMatchObject({
      severity: 'tip',
      messageKey: 'rule_hashtags_too_many_tip',
      params: ['6', '5', 'Tokopedia'],
    });
  });

  it('is a tip over Lazada’s 18, which only a third party advises', () => {
    const listing = listingWith({ description: `${GOOD_DESCRIPTION}\n${tags(19)}`, hashtags: [] }, 'lazada');
    expect(runRule(hashtagsTooMany, listing)[0]).toMatchObject({ severity: 'tip', params: ['19', '18', 'Lazada'] });
  });

  it('trims the hashtag field when the tags are only there', () => {
    const listing = listingWith({ hashtags: ['#A', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'tiktok-tokopedia');
    const [finding] = runRule(hashtagsTooMany, listing);
    expect(applyFix(listing, finding!.fix!)?.hashtags).toEqual(['#A', 'b', 'c', 'd', 'e']);
  });

  it('stays quiet within the limit and does not count "#1", "C#" or HTML entities', () => {
    expect(runRule(hashtagsTooMany, listingWith({ description: `${GOOD_DESCRIPTION} ${tags(18)}`, hashtags: [] }))).toEqual([]);
    const noise = 'Produk #1 di kelasnya, kursus C# dan &#8220;kutip&#8221;';
    expect(runRule(hashtagsTooMany, listingWith({ description: noise, hashtags: ['a', 'b', 'c', 'd', 'e'] }, 'tokopedia'))).toEqual([]);
  });

  it('names the rule, the message and the fix on Shopee’s error', () => {
    const listing = listingWith({ description: `${GOOD_DESCRIPTION}\n${tags(20)}`, hashtags: [] });
    expect(runRule(hashtagsTooMany, listing)[0]).toMatchObject({
      ruleId: 'hashtags-too-many',
      messageKey: 'rule_hashtags_too_many',
      fix: { labelKey: 'fix_remove_extra_hashtags' },
    });
  });

  it('points at the hashtag field, and trims it, when the tags are only there', () => {
    const listing = listingWith({ hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'tokopedia');
    expect(runRule(hashtagsTooMany, listing)[0]).toMatchObject({
      ruleId: 'hashtags-too-many',
      field: 'hashtags',
      fix: { kind: 'set-field', field: 'hashtags', labelKey: 'fix_remove_extra_hashtags' },
    });
  });

  it('keeps the first distinct tags when it trims the field: no empty tag, no tag twice', () => {
    const listing = listingWith({ hashtags: ['', '#', 'Kaos', '#kaos', 'katun', 'hitam', 'pria', 'adem', 'murah'] }, 'tokopedia');
    const [finding] = runRule(hashtagsTooMany, listing);
    expect(applyFix(listing, finding!.fix!)?.hashtags).toEqual(['Kaos', 'katun', 'hitam', 'pria', 'adem']);
  });

  it('counts a tag written with one or more # once, and never an empty tag', () => {
    const five = ['##kaos', '#kaos', 'kaos', '', '#', 'katun', 'hitam', 'pria', 'adem'];
    expect(runRule(hashtagsTooMany, listingWith({ description: GOOD_DESCRIPTION, hashtags: five }, 'tokopedia'))).toEqual([]);
  });

  it('counts only the description when there is no hashtag field', () => {
    const listing = listingWith({ description: `${GOOD_DESCRIPTION} ${tags(5)}` }, 'tokopedia');
    delete listing.hashtags;
    expect(runRule(hashtagsTooMany, listing)).toEqual([]);
  });

  it('offers no fix when the extra tags are not the description’s own overflow', () => {
    // Within the limit in the description, over it only with the field's tags: nothing to cut, in either.
    const mixed = listingWith({ description: `${GOOD_DESCRIPTION} ${tags(5)}`, hashtags: ['baru'] }, 'tokopedia');
    const [finding] = runRule(hashtagsTooMany, mixed);
    expect(finding).toMatchObject({ field: 'description', params: ['6', '5', 'Tokopedia'] });
    expect(finding?.fix).toBeUndefined();
    // Extra tags between sentences are the seller's words: no removal offered.
    const inSentences = listingWith({ description: `${GOOD_DESCRIPTION}\n${tags(18)} #baru (stok terbatas!) #promo`, hashtags: [] });
    const [spread] = runRule(hashtagsTooMany, inSentences);
    expect(spread).toMatchObject({ severity: 'error', params: ['20', '18', 'Shopee'] });
    expect(spread?.fix).toBeUndefined();
  });
});
