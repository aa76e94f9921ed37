import { describe, expect, it } from 'vitest';
import { findMarketplaceMentions, isMarketplaceLink } from './marketplace-names';
import { MARKETPLACE_REGISTRY } from '../../marketplaces/registry';
import type { MarketplaceId } from '../../marketplaces/types';

const phrases = (text: string, own: MarketplaceId = 'lazada') =>
  findMarketplaceMentions(text, MARKETPLACE_REGISTRY.get(own).profile.ownMentions).map((mention) => mention.phrase);

describe('findMarketplaceMentions', () => {
  it.each([
    ['Ada di Tokopedia', 'Tokopedia'],
    ['cek tokped kami', 'tokped'],
    ['toko pedia', 'toko pedia'],
    ['Shopee', 'Shopee'],
    ['shopi', 'shopi'],
    ['sh0pee', 'sh0pee'],
    ['toko oren', 'toko oren'],
    ['toko ijo', 'toko ijo'],
    ['Bukalapak', 'Bukalapak'],
    ['Blibli', 'Blibli'],
    ['TikTok Shop', 'TikTok Shop'],
    ['Zalora', 'Zalora'],
    ['FB Marketplace', 'FB Marketplace'],
    ['lapak sebelah', 'lapak sebelah'],
    ['shopee.co.id/tokoku', 'shopee.co.id/tokoku'],
    ['https://tk.tokopedia.com/ZSabc/', 'https://tk.tokopedia.com/ZSabc/'],
  ])('finds %s', (text, phrase) => {
    expect(phrases(text)).toEqual([phrase]);
  });

  it('reports a link once, not also the name inside it', () => {
    expect(phrases('www.tokopedia.com/toko')).toEqual(['www.tokopedia.com/toko']);
  });

  it('skips the own marketplace', () => {
    expect(phrases('Lazada dan LazMall', 'lazada')).toEqual([]);
  });

  it('recognises marketplace links for the contact rule', () => {
    expect(isMarketplaceLink('https://shopee.co.id/toko')).toBe(true);
    expect(isMarketplaceLink('tokobatik.com')).toBe(false);
  });
});
