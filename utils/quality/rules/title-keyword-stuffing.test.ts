import { describe, expect, it } from 'vitest';
import { keywords, titleKeywordStuffing } from './title-keyword-stuffing';
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

  it('does not crash on one reduplicated word said twice ("Kupu Kupu Kupu Kupu"), which repeats no keyword', () => {
    expect(check('Hiasan Dinding Kupu Kupu Kupu Kupu')).toEqual([]);
  });

  it('names the rule and the title field, with the repeated phrase and where it comes again', () => {
    const title = 'Tas Selempang Kulit / Tas Selempang Kulit Pria';
    expect(check(title)).toEqual([
      {
        ruleId: 'title-keyword-stuffing',
        severity: 'warning',
        field: 'title',
        messageKey: 'rule_title_keyword_stuffing',
        params: ['Tas Selempang Kulit', '2'],
        span: { start: 22, end: 41 },
      },
    ]);
    expect(title.slice(22, 41)).toBe('Tas Selempang Kulit');
  });

  it('finds a repeated phrase at the very end of the title', () => {
    expect(check('Tas Selempang Kulit Tas Selempang Kulit')[0]).toMatchObject({
      severity: 'warning',
      params: ['Tas Selempang Kulit', '2'],
    });
  });

  it('shows the most repeated word, not the first one, and marks its last use', () => {
    const title = 'Kaos Distro Polos Kaos Katun Polos Murah Polos';
    expect(check(title)).toEqual([
      expect.objectContaining({
        ruleId: 'title-keyword-stuffing',
        severity: 'tip',
        field: 'title',
        params: ['Polos', '3'],
        span: { start: 41, end: 46 },
      }),
    ]);
  });

  it('shows a word said three times rather than a phrase said twice that it begins', () => {
    expect(check('Tas Kulit Pria Tas Kulit Pria Tas')[0]).toMatchObject({
      severity: 'warning',
      params: ['Tas', '3'],
      span: { start: 30, end: 33 },
    });
  });

  it.each([
    ['a word said twice', 'Kaos Polos Hitam Kaos Katun', undefined],
    ['three words said twice each, apart (three repeats)', 'Kaos Polos Katun Hitam Polos Distro Kaos Pria Hitam', 'tip'],
    ['two words said three times each (four repeats)', 'Kaos Polos Kaos Katun Kaos Distro Polos Hitam Polos', 'warning'],
  ])('grades repeats by how many there are: %s', (_, title, expected) => {
    expect(severity(title)).toBe(expected);
  });

  it('counts a word repeated across a separator, but a reduplication ("Kupu Kupu", "Laki-Laki") as one use', () => {
    expect(check('Kaos / Kaos / Kaos')[0]).toMatchObject({ severity: 'tip', params: ['Kaos', '3'] });
    expect(check('Kaos  Kaos / Kaos')[0]).toMatchObject({ severity: 'tip', params: ['Kaos', '3'] });
    // Two reduplications, one word each: a run of two said twice is a tip, never counted as four repeats.
    expect(check('Jepit Rambut Kupu Kupu Jepit Kupu-Kupu')[0]).toMatchObject({ severity: 'tip', params: ['Jepit', '2'] });
  });

  it('does not take one word said three times in a row for a pair said twice', () => {
    expect(check('Mainan Anak Kupu Kupu Kupu')).toEqual([]);
  });

  it('counts a title word inside a longer word as a repeat, but only two or more glued words make a handle', () => {
    expect(check('Kacamata Antiradiasi Anti Radiasi Biru')).toEqual([]);
    expect(severity('Serum Wajah Glowing SERUMWAJAH')).toBe('warning');
  });

  it('warns from three different phone brands on, marking from the first to the last', () => {
    const title = 'Case HP Samsung Oppo Vivo Silikon';
    expect(check(title)).toEqual([
      {
        ruleId: 'title-keyword-stuffing',
        severity: 'warning',
        field: 'title',
        messageKey: 'rule_title_keyword_stuffing_brands',
        params: ['Samsung, Oppo, Vivo'],
        span: { start: 8, end: 25 },
      },
    ]);
    expect(check('Case HP Samsung Oppo Silikon Bening')).toEqual([]);
  });

  it('marks the synonyms from the first to the last, on the title field', () => {
    expect(check('Seagate 2TB HDD / Hardisk / Harddisk Eksternal USB 3.0', 'lazada')).toEqual([
      {
        ruleId: 'title-keyword-stuffing',
        severity: 'warning',
        field: 'title',
        messageKey: 'rule_title_keyword_stuffing_synonyms',
        params: ['HDD, Hardisk, Harddisk'],
        span: { start: 12, end: 36 },
      },
    ]);
  });

  it('reads a two-word synonym typed with a double space as the same name', () => {
    expect(check('Hardisk Eksternal HDD Hard  Disk 1TB', 'lazada')[0]).toMatchObject({ params: ['Hardisk, HDD, Hard  Disk'] });
  });

  it('names the rule and the title field when another model is named', () => {
    expect(check('Samsung Galaxy A05 4/64GB Garansi Resmi Not A15')).toEqual([
      {
        ruleId: 'title-keyword-stuffing',
        severity: 'warning',
        field: 'title',
        messageKey: 'rule_title_keyword_stuffing_other_model',
        params: ['Not A15'],
        span: { start: 40, end: 47 },
      },
    ]);
  });

  it('gives one finding, the strongest evidence, even when several kinds are present', () => {
    const findings = check('Case HP Samsung Oppo Vivo Silikon Not A15');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.messageKey).toBe('rule_title_keyword_stuffing_other_model');
  });

  it('reads only the first 1000 characters of a pasted wall of text', () => {
    const stuffed = 'Serum Wajah Glowing Serum Glowing Wajah Serum Cerah Wajah Glowing';
    expect(check(`${'Kaos 1 '.repeat(150)}${stuffed}`)).toEqual([]);
    expect(severity(`${stuffed} ${'Kaos 1 '.repeat(150)}`)).toBe('warning');
  });
});

describe('keywords (the words the repetition checks count)', () => {
  const keys = (title: string) => keywords(title).map((w) => w.key);

  it('keeps letter-only words of three letters or more, lower-cased, with their place in the title', () => {
    expect(keywords('Baju Yg Bagus')).toEqual([
      { start: 0, end: 4, phrase: 'Baju', key: 'baju' },
      { start: 8, end: 13, phrase: 'Bagus', key: 'bagus' },
    ]);
  });

  it('skips words with or beside a number, on either side', () => {
    expect(keys('Kaos 3 Warna Hitam')).toEqual(['hitam']);
    expect(keys('Hitam Warna 3 Kaos')).toEqual(['hitam']);
    expect(keys('Kemeja Model B2ru Lengan Panjang')).toEqual(['kemeja', 'panjang']);
  });

  it('reads "Levi\u2019s" and "Levi\u0027s" as Levi, and a word with another apostrophe as one word that is not a keyword', () => {
    expect(keys("Levi's Jeans Levi’s")).toEqual(['levi', 'jeans', 'levi']);
    expect(keys("Sarung Jum'atan Pria")).toEqual(['sarung', 'pria']);
    expect(keys("Al Qur'an Tajwid")).toEqual(['tajwid']);
    expect(keys("Kurma Ma'sum Madinah")).toEqual(['kurma', 'madinah']);
  });

  it('skips words inside brackets, but not those before or after them', () => {
    expect(keys('Lilin (paket kecil) Lavender')).toEqual(['lilin', 'lavender']);
  });

  it('skips everything after a compatibility word', () => {
    expect(keys('Kabel Data untuk Samsung Oppo')).toEqual(['kabel', 'data']);
  });

  it('splits a long glued word into the title words of five letters or more it holds', () => {
    expect(keywords('Kaos Polos Hitam KAOSPOLOSHITAM').map((w) => [w.key, w.handle])).toEqual([
      ['kaos', undefined],
      ['polos', undefined],
      ['hitam', undefined],
      ['polos', true],
      ['hitam', true],
    ]);
    // Exactly ten letters is long enough to be a handle.
    expect(keywords('Serum Wajah SERUMWAJAH').map((w) => [w.key, w.handle])).toEqual([
      ['serum', undefined],
      ['wajah', undefined],
      ['serum', true],
      ['wajah', true],
    ]);
  });

  it('leaves words under ten letters whole, even when they hold another title word', () => {
    expect(keywords('Bantal Bantalan Leher').map((w) => [w.key, w.handle])).toEqual([
      ['bantal', undefined],
      ['bantalan', undefined],
      ['leher', undefined],
    ]);
  });

  it('reads a long word holding one title word as that word, not as a handle', () => {
    expect(keywords('Anti Radiasi Antiradiasi').map((w) => [w.key, w.handle])).toEqual([
      ['anti', undefined],
      ['radiasi', undefined],
      ['radiasi', false],
    ]);
  });
});
