import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FOREIGN_BRANDS } from './foreign-brands';
import { findBrands, foreignBrandOf, listingBrand } from './find-brands';
import { INDONESIAN_BRANDS } from './indonesian-brands';

const foreign = (title: string) => foreignBrandOf(title)?.brand.name;

describe('foreign brands', () => {
  it.each([
    ['Samsung Galaxy A54 5G 8/256 Garansi Resmi - JAKARTA', 'Samsung'],
    ['Xiaomi Redmi Note 13 8/256 Surabaya', 'Xiaomi'],
    ['Starbucks Sumatra Whole Bean 250gr', 'Starbucks'],
    ['NESCAFE Classic Sachet Kopi Lampung 2gr', 'Nescafé'],
    ['Sambal Lao Gan Ma Chili Crisp 210g', 'Lao Gan Ma'],
    ["L'Oreal Paris Revitalift Serum 30ml", "L'Oréal"],
    ['Ponds Age Miracle Night Cream 50g', "Pond's"],
    ['Sepatu Sneakers Pria NIKE Air Force 1', 'Nike'],
    ['Groupset Shimano Deore 12 speed', 'Shimano'],
    ['Iphone 11 128GB Garansi Resmi', 'iPhone'],
  ])('%s → %s', (title, brand) => expect(foreign(title)).toBe(brand));

  it.each([
    'ADVAN Tab Sketsa 3 Garansi Resmi',
    'POLYTRON FOX R Electric Sepeda Motor Listrik',
    'Tas Carrier Eiger 45L',
    'Wardah Lightening Paket Lengkap',
    'Kopi Kapal Api Special Mix 25gr',
    'Indomie Goreng Aceh 1 Dus',
  ])('an Indonesian brand is not foreign: %s', (title) => {
    expect(foreignBrandOf(title)).toBeUndefined();
    expect(listingBrand(title)?.foreign).toBe(false);
  });

  it('reads a brand the product fits or imitates as a fit, not its own brand', () => {
    expect(foreign('Case HP Batik Tulis untuk iPhone 13')).toBeUndefined();
    expect(foreign('Softcase Samsung A12 Motif Batik')).toBeUndefined();
    expect(foreign('Kabel Data Type C for Samsung, Oppo, Vivo')).toBeUndefined();
    expect(foreign('Parfum Lokal Inspired by Dior Sauvage 30ml')).toBeUndefined();
    expect(foreign('Tas Kantong For Seagate Hard Drive')).toBeUndefined();
  });

  it('needs a capital for brands that are common words', () => {
    expect(foreign('Apple iPhone 11 64GB')).toBe('Apple');
    expect(foreign('keripik apel rasa green apple')).toBeUndefined();
    expect(foreign('sepatu giant size 45')).toBeUndefined();
  });

  it('takes the first brand named: components of an Indonesian laptop are not its brand', () => {
    expect(foreign('Axioo Hype 5 Intel Core i5 8GB')).toBeUndefined();
    expect(foreign('Lenovo Ideapad Slim 3 AMD Ryzen 5')).toBe('Lenovo');
  });

  it('quotes the words as written', () => {
    const title = 'Kopi STARBUCKS Pike Place';
    const [mention] = findBrands(title);
    expect(title.slice(mention!.start, mention!.end)).toBe('STARBUCKS');
  });

  it('cites a source and a country for every brand, and lists none twice', () => {
    for (const file of ['foreign-brands.ts', 'indonesian-brands.ts']) {
      const rows = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')
        .split('\n')
        .filter((line) => /^\s*\{ name: /.test(line));
      expect(rows.length).toBeGreaterThan(40);
      for (const line of rows) expect(line, line.slice(0, 50)).toMatch(/\},\s*\/\/ \S{6,}/);
    }
    expect(FOREIGN_BRANDS.length + INDONESIAN_BRANDS.length).toBeGreaterThan(200);
    for (const row of [...FOREIGN_BRANDS, ...INDONESIAN_BRANDS]) expect(row.country, row.name).toMatch(/^[A-Z]{2}$/);
    expect(FOREIGN_BRANDS.every((row) => row.country !== 'ID')).toBe(true);
    expect(INDONESIAN_BRANDS.every((row) => row.country === 'ID')).toBe(true);
    const names = [...FOREIGN_BRANDS, ...INDONESIAN_BRANDS].map((row) => row.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
