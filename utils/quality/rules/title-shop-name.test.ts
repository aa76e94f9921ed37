import { describe, expect, it } from 'vitest';
import { titleShopName } from './title-shop-name';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

const check = (title: string, shopName?: string) => runRule(titleShopName, listingWith({ title, shopName }));

describe('title-shop-name', () => {
  it.each([
    ['Flashdisk 32GB USB 3.0 Hitam Vitya Shop', 'Vitya Shop', 'Vitya Shop'],
    ['SERBASHOP.ID Gantungan Perekat Tanpa Bor', 'serbashop.id', 'SERBASHOP.ID'],
    ['Kaos Polos Hitam [Toko Berkah Jaya]', 'Toko Berkah Jaya', 'Toko Berkah Jaya'],
    ['Kerudung Paris Polos - Hijab Amira', 'Hijab Amira', 'Hijab Amira'],
    ['Sepatu Lari Pria Ringan by SPORTYMART', 'SportyMart', 'SPORTYMART'],
  ])('tips on the shop name in %s', (title, shopName, phrase) => {
    const [finding] = check(title, shopName);
    expect(finding).toMatchObject({ ruleId: 'title-shop-name', severity: 'tip', params: [phrase] });
    expect(title.slice(finding!.span!.start, finding!.span!.end)).toBe(phrase);
  });

  it('offers to remove the name with its joiner', () => {
    const listing = listingWith({ title: 'Kerudung Paris Polos - Hijab Amira', shopName: 'Hijab Amira' });
    const [finding] = runRule(titleShopName, listing);
    expect(applyFix(listing, finding!.fix!)?.title).toBe('Kerudung Paris Polos');
  });

  it.each([
    ['Kaos Polos Hitam Katun Combed', undefined],
    ['Kaos Polos Hitam Katun Combed', ''],
    ['Xiaomi Redmi Note 13 8/256 Garansi Resmi', 'Xiaomi Official Store'],
    ['Maxie Skincare Paket Glowing BPOM', 'Maxie Skincare'],
    ['Kaos Polos Hitam Katun', 'Kaos'],
    ['Kemeja Batik Pria Lengan Panjang', 'Batik Sari'],
    ['Amira', 'Amira'],
  ])('stays quiet for %s (shop %s)', (title, shopName) => {
    expect(check(title, shopName)).toEqual([]);
  });
});
