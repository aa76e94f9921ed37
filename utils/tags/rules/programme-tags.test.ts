import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';
import type { SuggestOptions } from '../types';

/** The programme tags offered: label, confidence, note, the first quoted word and what is inserted. */
const programmes = (title: string, options: SuggestOptions = {}, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50, ...options })
    .filter((tag) => tag.kind === 'program')
    .map((tag) => [tag.label, tag.confidence, tag.noteKey ?? '', tag.reason[0]?.text ?? '', tag.insert].join(' | '));

describe('programme tags', () => {
  it("offers the general programmes, and Shopee's curated channel with its note, on Shopee", () => {
    expect(programmes('Kemeja Batik Tulis Pekalongan')).toEqual([
      'Bangga Buatan Indonesia | 0.6 |  | Batik Tulis | #BanggaBuatanIndonesia',
      'Produk Lokal | 0.58 |  | Batik Tulis | #ProdukLokal',
      'Kreasi Nusantara | 0.5 | tags_program_curated | Batik Tulis | #KreasiNusantara',
      'Buatan Indonesia | 0.45 |  | Batik Tulis | #BuatanIndonesia',
    ]);
  });

  it("offers Tokopedia's programmes on Tokopedia, #MelokalDenganBatik only for batik itself", () => {
    expect(programmes('Kemeja Batik Tulis Pekalongan', { marketplace: 'tokopedia' })).toEqual([
      'Melokal Dengan Batik | 0.62 |  | Batik Tulis | #MelokalDenganBatik',
      'Bangga Buatan Indonesia | 0.6 |  | Batik Tulis | #BanggaBuatanIndonesia',
      'Produk Lokal | 0.58 |  | Batik Tulis | #ProdukLokal',
      'Bangga Kreasi Lokal | 0.5 |  | Batik Tulis | #BanggaKreasiLokal',
      'Buatan Indonesia | 0.45 |  | Batik Tulis | #BuatanIndonesia',
    ]);
    const woven = programmes('Tas Anyaman Pandan Tasikmalaya', { marketplace: 'tokopedia' }).join('\n');
    expect(woven).not.toContain('Melokal Dengan Batik');
    // A batik-pattern print is not batik.
    expect(programmes('Kemeja Batik Printing Pekalongan Produk Lokal', { marketplace: 'tokopedia' }).join('\n')).not.toContain('Melokal');
  });

  it('puts first the programme the listing names in its own words, however written', () => {
    const named = 'Produk Lokal | 0.68 |  | Tasikmalaya | #ProdukLokal';
    expect(programmes('Tas Anyaman Pandan Tasikmalaya Produk Lokal')[0]).toBe(named);
    expect(programmes('Tas Anyaman Pandan Tasikmalaya PRODUK-LOKAL')[0]).toBe(named);
    expect(programmes('Tas Anyaman Pandan Tasikmalaya Produk  Lokal')[0]).toBe(named);
    // Naming one programme raises only that one.
    expect(programmes('Tas Anyaman Pandan Tasikmalaya Produk Lokal')[1]).toBe(
      'Bangga Buatan Indonesia | 0.6 |  | Tasikmalaya | #BanggaBuatanIndonesia',
    );
  });

  it("offers #UMKM for the listing's own words, quoting them, or for the seller's settings", () => {
    expect(programmes('Keripik Tempe Malang UMKM Enak Renyah Gurih')[0]).toBe('UMKM | 0.67 |  | UMKM | #UMKM');
    // The other programmes say where the product is from: they quote the product, not "UMKM".
    expect(programmes('Keripik Tempe Malang UMKM Enak Renyah Gurih').slice(1, 3)).toEqual([
      'Bangga Buatan Indonesia | 0.6 |  | Keripik Tempe | #BanggaBuatanIndonesia',
      'Produk Lokal | 0.58 |  | Keripik Tempe | #ProdukLokal',
    ]);
    expect(programmes('Keripik Tempe Malang Enak', { seller: { umkm: true } })[0]).toBe('UMKM | 0.67 |  | Keripik Tempe | #UMKM');
    expect(programmes('Keripik Tempe Malang Enak').join('\n')).not.toContain('UMKM');
  });

  it("offers programmes without local evidence only on the seller's word, with nothing to quote", () => {
    expect(programmes('Kaos Polos Hitam')).toEqual([]);
    expect(programmes('Kaos Polos Hitam', { seller: { localProducer: true } })).toEqual([
      'Bangga Buatan Indonesia | 0.6 |  |  | #BanggaBuatanIndonesia',
    ]);
    expect(programmes('Kaos Polos Hitam', { seller: { umkm: true } })).toEqual(['UMKM | 0.67 |  |  | #UMKM']);
  });
});
