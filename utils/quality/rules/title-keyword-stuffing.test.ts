import { describe, expect, it } from 'vitest';
import { titleKeywordStuffing } from './title-keyword-stuffing';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import type { MarketplaceId } from '../../marketplaces/types';

const check = (title: string, marketplace: MarketplaceId = 'shopee') => runRule(titleKeywordStuffing, listingWith({ title }, marketplace));
const severity = (title: string, marketplace: MarketplaceId = 'shopee') => check(title, marketplace)[0]?.severity;

describe('title-keyword-stuffing', () => {
  it('warns when search words are repeated again and again', () => {
    expect(check('Serum Wajah Glowing Serum Glowing Wajah Serum Cerah Wajah Glowing')[0]).toMatchObject({
      severity: 'warning',
      params: ['Serum', '3'],
    });
  });

  it('warns when a phrase of three words is said twice', () => {
    expect(severity('Tas Selempang Kulit / Tas Selempang Kulit Pria')).toBe('warning');
  });

  it('counts a shop handle glued from title words as repeating them', () => {
    expect(severity('MIRAGLOW SERUM | Miraglow | MIRAGLOWSERUMOFFICIAL')).toBe('warning');
  });

  it('warns on three or more names for the same thing', () => {
    const [finding] = check('Seagate 2TB HDD / Hardisk / Harddisk Eksternal / Hard Drive USB 3.0', 'lazada');
    expect(finding).toMatchObject({ severity: 'warning', messageKey: 'rule_title_keyword_stuffing_synonyms' });
    expect(finding?.params[0]).toBe('HDD, Hardisk, Harddisk, Hard Drive');
    expect(severity('Flashdisk Sandisk 32GB Flash Disk Flash Drive OTG', 'lazada')).toBe('warning');
    expect(severity('Sunscreen SPF 50 Sunblock Wajah Sunscren Ringan', 'tokopedia')).toBe('warning');
    expect(severity('Jaket Sweater Hoodie Jumper Outerwear Pria Wanita')).toBe('warning');
    // A hoodie is also a sweater: three of those names is common and not a pile-up.
    expect(check('Hoodie Jumper Polos Sweater Hitam Pria Wanita Bahan Fleece')).toEqual([]);
  });

  it('warns on other models named to catch their searches ("Not …", "Bukan …")', () => {
    expect(check('Samsung Galaxy A05 4/64GB Garansi Resmi Not A15')[0]).toMatchObject({
      severity: 'warning',
      messageKey: 'rule_title_keyword_stuffing_other_model',
      params: ['Not A15'],
    });
    expect(severity('Laptop Gaming Asus TUF F15 bukan Legion 5', 'lazada')).toBe('warning');
  });

  it('warns on several phone brands that are not a compatibility list', () => {
    expect(check('Case HP Samsung Oppo Vivo Xiaomi Redmi Silikon')[0]).toMatchObject({
      messageKey: 'rule_title_keyword_stuffing_brands',
      params: ['Samsung, Oppo, Vivo, Xiaomi'],
    });
  });

  it('gives only a tip for one noun said three times or two words said twice (often variants)', () => {
    expect(severity('Kaos Polos Kaos Distro Kaos Murah')).toBe('tip');
    expect(severity('Sepatu Sneakers Pria Sepatu Sneakers Wanita')).toBe('tip');
  });

  it('stays quiet on spec lists, including ones separated by |, / and commas', () => {
    expect(check('Xiaomi Redmi Note 13 8/256GB | Helio G99 | 5000mAh | 33W | AMOLED 120Hz | NFC', 'tokopedia')).toEqual([]);
    expect(check('Lenovo IdeaPad Slim 3 / Ryzen 5 7520U / 8GB / 512GB SSD / 15.6" FHD / Win11 / OHS', 'lazada')).toEqual([]);
    expect(check('Acer Aspire 5 i5-1235U, RAM 8GB, SSD 512GB, 14" FHD IPS, Windows 11', 'lazada')).toEqual([]);
  });

  it('stays quiet on lists of compatible devices and models', () => {
    expect(check('Kabel Charger Type C 3A Fast Charging untuk Samsung, Oppo, Vivo, Realme', 'tokopedia')).toEqual([]);
    expect(check('Casing Silikon for Switch Lite and Switch OLED and Switch V2', 'tokopedia')).toEqual([]);
    expect(check('Baterai Laptop Asus A455 A455L X455 X455L X455LA K455', 'tokopedia')).toEqual([]);
  });

  it('stays quiet on variants listed with their sizes and on variants in brackets', () => {
    expect(check('Rak Piring Plastik susun 2 susun 3 susun 4 serbaguna')).toEqual([]);
    expect(check('Lilin Aromaterapi (paket kecil isi 3 lavender) (paket besar isi 6 lavender) (paket hampers lavender)')).toEqual([]);
  });

  it('does not blame the seller for the variant Tokopedia appends to a card title', () => {
    expect(check('Mouse Wireless Logitech M331 Silent Plus - Silent Plus, Hitam', 'tokopedia')).toEqual([]);
  });

  it('stays quiet for reduplication and a single brand', () => {
    expect(check('Kaos Anak Laki-Laki Kupu Kupu Lengan Pendek')).toEqual([]);
    expect(check('Kaos Polos Ukuran S/M/L/XL/XXL')).toEqual([]);
    expect(check('Case Samsung A12 A13 A14 Silikon Bening')).toEqual([]);
    expect(check('Laptop ASUS Vivobook 14 bukan yang biasa, ringan')).toEqual([]);
  });
});
