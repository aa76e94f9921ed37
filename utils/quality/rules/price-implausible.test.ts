import { describe, expect, it } from 'vitest';
import { priceImplausible } from './price-implausible';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

const check = (title: string, priceIdr?: number) => runRule(priceImplausible, listingWith({ title, priceIdr }));

describe('price-implausible', () => {
  it.each([
    ['iPhone 16 Pro Max 256GB Garansi Resmi', 1_500_000, 'iPhone 16 Pro'],
    ['iPhone 15 Pro 128GB Natural Titanium Mulus', 2_250_000, 'iPhone 15 Pro'],
    ['Samsung Galaxy S24 Ultra 12/256 Baru Segel', 1_999_000, 'Galaxy S Ultra'],
    ['Sony PS5 Slim Disc Edition Garansi Resmi', 850_000, 'PlayStation 5'],
    ['VGA MSI GeForce RTX 4090 Suprim X 24GB', 3_500_000, 'RTX 4090'],
    ['Zotac RTX 3070 Twin Edge 8GB Dual Fan', 900_000, 'RTX 3070'],
    ['MacBook Air M2 2022 13 inch 8/256', 1_200_000, 'MacBook Air (Apple M)'],
    ['iPhone 17 Pro Max 256GB Cosmic Orange', 2_000_000, 'iPhone 17 Pro'],
    ['AirPods Pro 2 USB-C ANC Garansi', 185_000, 'AirPods Pro'],
    ['Apple Watch Ultra 2 49mm Titanium', 450_000, 'Apple Watch Ultra'],
    ['Dyson Airwrap Complete Long Multi Styler', 650_000, 'Dyson Airwrap/Supersonic'],
    ['HG 1/144 Gundam Aerial Witch from Mercury', 500, 'Gunpla (Bandai)'],
    ['Jaket Hoodie Stone Island Pria Terbaru', 69_999, 'Stone Island'],
    ['HP Android Model iPhone 15 Pro Max Layar Besar', 1_200_000, 'iPhone 15 Pro'],
  ])('warns on %s at Rp%d', (title, price, label) => {
    const [finding] = check(title, price);
    expect(finding).toMatchObject({ ruleId: 'price-implausible', severity: 'warning', field: 'priceIdr' });
    expect(finding!.params[1]).toBe(label);
  });

  it('formats the price and floor the Indonesian way', () => {
    expect(check('iPhone 16 Pro Max 256GB', 1_500_000)[0]!.params).toEqual(['1.500.000', 'iPhone 16 Pro', '8.000.000']);
  });

  it.each([
    ['iPhone 16 Pro Max 256GB Garansi Resmi', 19_999_000],
    ['Samsung Galaxy S24 Ultra 12/256 Second Mulus', 9_500_000],
    ['PS5 Slim Digital Edition Garansi Resmi Indonesia', 6_999_000],
    ['Softcase iPhone 15 Pro Max Bening Anti Crack', 25_000],
    ['Tempered Glass Samsung S24 Ultra Full Cover', 45_000],
    ['Charger 20W untuk iPhone 15 Type C', 89_000],
    ['Anker Wall Charger for iPhone 16 15 14', 117_000],
    ['Stand Pendingin PS5 Slim Console dengan Kipas', 350_000],
    ['Strap Apple Watch Compatible iPhone 16', 50_000],
    ['Skin Garskin MacBook Air M2 Motif Kayu', 75_000],
    ['Sewa PS5 Slim Console Harian Jakarta', 150_000],
    ['LCD iPhone 15 Pro Original Copotan', 2_500_000],
    ['PlayStation 5 Fat Rusak Board untuk Kanibal', 2_000_000],
    ['Dus Box iPhone 15 Pro Max Original', 150_000],
    ['Kaset PS5 Spider-Man 2 Region 3', 450_000],
    ['Bracket Penyangga VGA RTX 4090 Anti Sag', 120_000],
    ['Laptop Gaming Lenovo LOQ RTX 4060 16GB', 15_999_000],
    ['iPhone 15 Pro Max 256GB Free Case + Tempered Glass', 17_000_000],
    ['Kaca Pelindung Lensa Kamera iPhone 15 Pro', 35_000],
    ['Eartips Silikon AirPods Pro 2 isi 3 pasang', 45_000],
    ['Strap Apple Watch Ultra Nylon Loop 49mm', 60_000],
    ['Nozzle Pengganti Dyson Supersonic', 250_000],
    ['AirPods Pro 2 Second Mulus Fullset', 2_100_000],
    ['Base Stand Gundam HG 1/144 Action Base Hitam', 12_500],
    ['MR Color Cat Gundam Model Kit MG HG PG', 26_500],
    ['HG Aerial Gundam Part Runner A Bandai', 11_969],
    ['HG 1/144 Rising Freedom Gundam Bandai', 420_000],
    ['Patch Logo Stone Island Bordir', 35_000],
    ['Tas Laptop Sleeve MacBook Air M2 13 inch', 150_000],
    ['Mainan HP Anak Model iPhone 16 Pro', 45_000],
  ])('stays quiet for %s at Rp%d', (title, price) => {
    expect(check(title, price)).toEqual([]);
  });

  it('needs a price', () => {
    expect(runRule(priceImplausible, minimalListing('iPhone 16 Pro Max 256GB'))).toEqual([]);
  });

  it('reads accessories named as freebies as extras, not as what is sold', () => {
    expect(check('iPhone 15 Pro Max 256GB Free Case + Tempered Glass', 1_500_000)).toHaveLength(1);
    expect(check('iPhone 15 Pro Max 256GB Bonus Charger', 1_500_000)).toHaveLength(1);
  });

  it('accepts the floor itself, and an empty price', () => {
    expect(check('iPhone 16 Pro Max 256GB', 7_999_999)).toHaveLength(1);
    expect(check('iPhone 16 Pro Max 256GB', 8_000_000)).toEqual([]);
    expect(check('iPhone 16 Pro Max 256GB', 0)).toEqual([]);
  });

  it('looks for the product in the first 300 characters of the title only', () => {
    expect(check(`${'Kaos Polos '.repeat(25)}iPhone 16 Pro Max`, 1_500_000)).toHaveLength(1);
    expect(check(`${'Kaos Polos '.repeat(28)}iPhone 16 Pro Max`, 1_500_000)).toEqual([]);
  });
});
