import { describe, expect, it } from 'vitest';
import { parseCount, parseRating, parseRupiah, parseWeightGrams } from './parse-numbers';

describe('parseRupiah', () => {
  it.each([
    ['Rp125.000', 125000],
    ['Rp 1.250.000', 1250000],
    ['Rp1.250.000,50', 1250000.5],
    ['Rp89rb', 89000],
    ['Rp 2,5 jt', 2500000],
    ['Rp100', 100],
    ['Harga: Rp 65.000 - Rp 85.000', 65000],
    ['Rp1,250,000', 1250000],
    ['125000', 125000],
  ])('%s → %d', (text, value) => {
    expect(parseRupiah(text)).toBe(value);
  });

  it.each(['', 'Gratis', 'Rp', 'Hubungi penjual'])('%j → undefined', (text) => {
    expect(parseRupiah(text)).toBeUndefined();
  });
});

describe('parseCount', () => {
  it.each([
    ['10RB+ terjual', 10000],
    ['1,2rb terjual', 1200],
    ['1.2rb', 1200],
    ['870 terjual', 870],
    ['(3,2RB Penilaian)', 3200],
    ['100+ terjual', 100],
    ['Terjual 1 jt+', 1000000],
  ])('%s → %d', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it('is undefined without a number', () => {
    expect(parseCount('Belum ada penilaian')).toBeUndefined();
  });

  it('does not read metres as miliar', () => {
    expect(parseCount('2 m')).toBe(2);
    expect(parseRupiah('Kain 2 m')).toBe(2);
  });
});

describe('parseRating', () => {
  it.each([
    ['4.9', 4.9],
    ['4,8', 4.8],
    ['★ 5.0', 5],
  ])('%s → %d', (text, value) => {
    expect(parseRating(text)).toBe(value);
  });

  it('rejects numbers that cannot be ratings', () => {
    expect(parseRating('9')).toBeUndefined();
    expect(parseRating('10')).toBeUndefined();
    expect(parseRating('(45)')).toBeUndefined();
    expect(parseRating('tidak ada')).toBeUndefined();
  });
});

describe('parseWeightGrams', () => {
  it.each([
    ['250 gr', 250],
    ['1,5 kg', 1500],
    ['1.2 kg', 1200],
    ['0.45 kg', 450],
    ['1.000 gram', 1000],
    ['300', 300],
    ['2 kilogram', 2000],
  ])('%s → %d', (text, value) => {
    expect(parseWeightGrams(text)).toBe(value);
  });
});
