import { describe, expect, it } from 'vitest';
import { otherMarketplace } from './other-marketplace';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

const mentions = (description: string, marketplace: Parameters<typeof listingWith>[1] = 'shopee') =>
  runRule(otherMarketplace, listingWith({ description }, marketplace)).map((f) => [f.params[0], f.severity]);

describe('other-marketplace', () => {
  it('names, nicknames and links of other marketplaces are errors', () => {
    expect(mentions('Cek juga toko kami di Tokopedia.')).toEqual([['Tokopedia', 'error']]);
    expect(mentions('Ada juga di tokped dan lazada')).toEqual([
      ['tokped', 'error'],
      ['lazada', 'error'],
    ]);
    expect(mentions('Link: https://tokopedia.com/tokoku.')).toEqual([['https://tokopedia.com/tokoku', 'error']]);
    expect(mentions('Tersedia di Shopee dan Bukalapak', 'lazada')).toEqual([
      ['Shopee', 'error'],
      ['Bukalapak', 'error'],
    ]);
    expect(mentions('Juga di TikTok Shop', 'shopee')).toEqual([['TikTok Shop', 'error']]);
  });

  it('slang is a warning and a plain "TikTok" (the social network: where it went viral) a tip, with no fix', () => {
    const findings = runRule(otherMarketplace, listingWith({ description: 'Lebih murah dari lapak sebelah, viral di TikTok' }));
    expect(findings.map((f) => [f.params[0], f.severity, f.fix])).toEqual([
      ['lapak sebelah', 'warning', undefined],
      ['TikTok', 'tip', undefined],
    ]);
    expect(mentions('Harga lebih miring dari aplikasi sebelah')).toEqual([['aplikasi sebelah', 'warning']]);
  });

  it('does not read "aplikasi lain" (other software) as another marketplace', () => {
    expect(mentions('Source code bisa dikembangkan untuk aplikasi lain dan app lain milik Anda.')).toEqual([]);
  });

  it('never names the listing’s own marketplace (Tokopedia and TikTok Shop are one)', () => {
    expect(mentions('Belanja di Shopee lebih hemat', 'shopee')).toEqual([]);
    expect(mentions('Official store TikTok Shop dan Tokopedia', 'tiktok-tokopedia')).toEqual([]);
    expect(mentions('Juga di tokped', 'tokopedia')).toEqual([]);
  });

  it('leaves a plain #tiktok in the hashtag field alone', () => {
    expect(runRule(otherMarketplace, listingWith({ hashtags: ['kaos', '#tiktok'] }, 'shopee'))).toEqual([]);
  });

  it('removes a marketplace tag from the hashtag field', () => {
    const listing = listingWith({ hashtags: ['kaos', '#shopee', 'polos'] }, 'lazada');
    const finding = runRule(otherMarketplace, listing).find((f) => f.field === 'hashtags')!;
    expect(applyFix(listing, finding.fix!)?.hashtags).toEqual(['kaos', 'polos']);
  });

  it('stays quiet for words that merely contain a name', () => {
    expect(mentions('Shopify store, sopi Maluku, bliblinya')).toEqual([]);
  });

  it('offers to remove a named marketplace, and marks where it is', () => {
    const text = 'Cek juga toko kami di Tokopedia.';
    const [finding] = runRule(otherMarketplace, listingWith({ description: text }));
    expect(finding).toMatchObject({ ruleId: 'other-marketplace', field: 'description', params: ['Tokopedia', 'Shopee'] });
    expect(text.slice(finding!.span!.start, finding!.span!.end)).toBe('Tokopedia');
    expect(finding!.fix).toMatchObject({ labelKey: 'fix_remove_marketplace_name' });
    expect(applyFix(listingWith({ description: text }), finding!.fix!)?.description).toBe('Cek juga toko kami di.');
  });

  it('reports marketplace tags once, in the hashtag field: an error when one names a marketplace, a warning for slang alone', () => {
    const named = runRule(
      otherMarketplace,
      listingWith({ description: 'Kaos polos.', hashtags: ['kaos', '##shopee', 'tokooren'] }, 'lazada'),
    );
    expect(named).toEqual([
      expect.objectContaining({
        ruleId: 'other-marketplace',
        severity: 'error',
        field: 'hashtags',
        params: ['##shopee tokooren', 'Lazada'],
        fix: expect.objectContaining({ value: ['kaos'], labelKey: 'fix_remove_marketplace_name' }),
      }),
    ]);
    const slang = runRule(otherMarketplace, listingWith({ description: 'Kaos polos.', hashtags: ['kaos', 'tokooren'] }, 'lazada'));
    expect(slang.map((f) => [f.field, f.severity, f.params[0]])).toEqual([['hashtags', 'warning', 'tokooren']]);
  });

  it('names at most five marketplace tags in its message', () => {
    const tags = ['shopee', 'tokped', 'lazada', 'bukalapak', 'tokopedia', 'tokooren'];
    const [finding] = runRule(otherMarketplace, listingWith({ description: 'Kaos polos.', hashtags: tags }, 'blibli'));
    expect(finding?.params[0]?.split(' ')).toHaveLength(5);
  });

  it('checks no tags when the listing has no hashtag field', () => {
    const listing = listingWith({ description: 'Kaos polos.' }, 'lazada');
    delete listing.hashtags;
    expect(runRule(otherMarketplace, listing)).toEqual([]);
  });
});
