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

  it('marks the name in the title field and offers a fix on that field', () => {
    const [finding] = check('Flashdisk 32GB USB 3.0 Hitam Vitya Shop', 'Vitya Shop');
    expect(finding).toMatchObject({
      field: 'title',
      span: { start: 29, end: 39 },
      fix: { field: 'title', start: 28, end: 39, replacement: '', labelKey: 'fix_remove_shop_name' },
    });
  });

  it('matches the shop name across spacing and punctuation differences', () => {
    expect(check('Flashdisk 32GB Hitam Vitya Shop', 'Vitya-Shop')[0]?.params).toEqual(['Vitya Shop']);
    expect(check('Flashdisk 32GB Hitam vitya_shop', 'VITYA SHOP')[0]?.params).toEqual(['vitya_shop']);
  });

  it('looks for a shop name from four letters on, counting only letters', () => {
    expect(check('Kerudung Paris Polos Amir', 'Amir')[0]?.params).toEqual(['Amir']);
    // Three letters, or letters split by digits ("K3 88" has one), are too little to tell a shop from a word.
    expect(check('Kerudung Paris Polos Ami', 'Ami')).toEqual([]);
    expect(check('Kabel K3 88 null modem', 'K3 88')).toEqual([]);
  });

  it('looks for a long shop name by its first twelve words', () => {
    const shop = 'Toko Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sebelas Duabelas';
    const title = 'Kaos Polos Toko Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sebelas Hitam';
    expect(check(title, shop)[0]?.params).toEqual(['Toko Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sebelas']);
  });

  it('stays quiet when the title is nothing but the shop name, even padded with spaces', () => {
    expect(check('Vitya Shop', 'Vitya Shop')).toEqual([]);
    expect(check('  Vitya Shop  ', 'Vitya Shop')).toEqual([]);
  });

  it('treats a brand shop’s name at the head of the title as the brand, even after leading spaces', () => {
    expect(check('  Maxie Skincare Paket Glowing BPOM', 'Maxie Skincare')).toEqual([]);
    // A shop-like name is the shop's wherever it stands.
    expect(check('Vitya Shop Flashdisk 32GB', 'Vitya Shop')[0]?.params).toEqual(['Vitya Shop']);
  });
});
