import { describe, expect, it } from 'vitest';
import { classify, isPlaceName, placeShaped, priceOfLines, soldCountOf } from './signals';

describe('card text signals', () => {
  it.each([
    ['Rp89.000', 'price'],
    ['Rp 1.930.000', 'price'],
    ['15% Rp335.000', 'price'],
    ['Rp', 'price'],
    ['-21%', 'percent'],
    ['4.9', 'rating'],
    ['5,0', 'rating'],
    ['(45)', 'review'],
    ['(1,2rb)', 'review'],
    ['Ad', 'ad'],
    ['Iklan', 'ad'],
    ['Sponsored', 'ad'],
    ['TopAds', 'ad'],
    ['Promosi', 'ad'],
    ['142', 'number'],
    ['10RB+ terjual', 'sold'],
    ['| Terjual 87', 'sold'],
    ['Kab. Aceh Tengah', 'location'],
    ['Kota Malang', 'location'],
    ['Jakarta Selatan', 'location'],
  ])('%s is a %s', (text, kind) => {
    expect(classify(text)).toBe(kind);
  });

  it.each([
    'Kemeja Batik Tulis Pekalongan',
    'Kain Batik Motif Pagi Sore 2,5 m',
    'Voucher Pulsa Rp50.000',
    'Kotak Pensil Kayu',
    '5 RB+',
    'Advertising Kit',
  ])('%s is none of them (a title can be made of it)', (text) => {
    expect(classify(text)).toBeUndefined();
  });

  it.each([
    ['Terjual 250+', 250],
    ['1,2rb Terjual 250+', 250],
    ['5RB+ terjual', 5000],
    ['312 Terjual', 312],
    ['| Terjual 1200', 1200],
    ['1,2rb terjual', 1200],
  ])('%s sold %d', (text, count) => {
    expect(soldCountOf(text)).toBe(count);
  });

  it('takes the lowest price shown: the others are original prices', () => {
    expect(priceOfLines(['Ad', '32%', 'Rp 4.125.000', 'Rp 2.800.000', 'Jakarta Pusat'])).toBe(2_800_000);
    expect(priceOfLines(['Kemeja', 'Stok 24'])).toBeUndefined();
  });

  // Newer Tokopedia cards write the seller's city without "Kab."/"Kota" (issue 14): the gazetteer knows them.
  it.each([
    'Surabaya',
    'Bandung',
    'Tangerang Selatan',
    'Bandar Lampung',
    'Batam',
    'Medan',
    'KOTA JAKARTA BARAT',
    'Kota Adm. Jakarta Timur',
    'Kabupaten Sleman',
    'Jawa Barat',
  ])('%s is a location by its name', (text) => {
    expect(isPlaceName(text)).toBe(true);
    expect(classify(text)).toBe('location');
  });

  it.each(['Batik Pekalongan', 'Bandung Murah', 'Kota', 'STAR SEVENTEEN', 'Laguna', 'Lima', 'Kemeja Surabaya'])(
    '%s is no Indonesian place name',
    (text) => {
      expect(isPlaceName(text)).toBe(false);
    },
  );

  it('knows what a place name looks like, in any country', () => {
    expect(['Laguna', 'Metro Manila', 'Kota Bandung', "Ch'ang-an"].every(placeShaped)).toBe(true);
    expect(['laguna', '2k+ sold', 'Toko 88', 'Kemeja Batik Tulis Lengan Panjang Pria', '(384)'].some(placeShaped)).toBe(false);
  });
});
