import { describe, expect, it } from 'vitest';
import { sellerTitle, variantSuffixStart } from './seller-title';

// Tokopedia's cards append the variant (its profile says so); Shopee's do not.
const TOKOPEDIA = { title: { variantSuffix: true } };
const SHOPEE = { title: {} };

describe('sellerTitle', () => {
  it('cuts the variant a Tokopedia card appends: one level, two levels, a short label', () => {
    expect(sellerTitle('Sepatu Lari Pria Ringan Sol Karet - Hitam, 42', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan Sol Karet');
    expect(sellerTitle('Mouse Wireless Logitech M331 Silent Plus - Silent Plus', TOKOPEDIA)).toBe(
      'Mouse Wireless Logitech M331 Silent Plus',
    );
    expect(sellerTitle('Laptop Lenovo IdeaPad Slim 3 Ryzen 5 - 16GB -512GB, Abu', TOKOPEDIA)).toBe('Laptop Lenovo IdeaPad Slim 3 Ryzen 5');
  });

  it('keeps the title whole on other marketplaces, where " - " is the seller’s own', () => {
    expect(sellerTitle('Rantang Susun 3 Plastik - Rantang Bekal Serbaguna', SHOPEE)).toBe(
      'Rantang Susun 3 Plastik - Rantang Bekal Serbaguna',
    );
  });

  it('keeps a long tail that reads as part of the name, and a title that would be left too short', () => {
    const tail = 'Tas Ransel Laptop 15 Inch - Cocok untuk Kuliah Kerja dan Traveling Jauh';
    expect(variantSuffixStart(tail, TOKOPEDIA)).toBeUndefined();
    expect(sellerTitle('Kaos - Hitam', TOKOPEDIA)).toBe('Kaos - Hitam');
    expect(sellerTitle('Kaos Polos Hitam', TOKOPEDIA)).toBe('Kaos Polos Hitam');
  });

  it('reads a label of up to four words as a variant, a longer one only when it has a comma (Tokopedia writes two levels so)', () => {
    expect(sellerTitle('Sepatu Lari Pria Ringan - Hitam Doff Ukuran 42', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan');
    expect(sellerTitle('Sepatu Lari Pria Ringan - Isi 3 pcs warna acak', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan - Isi 3 pcs warna acak');
    expect(sellerTitle('Sepatu Lari Pria Ringan - Merah Tua Gelap, Ukuran XL', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan');
  });

  it('counts words, not spaces: doubled spaces around and inside the label change nothing', () => {
    expect(sellerTitle('Sepatu Lari Pria Ringan -  Hitam Doff Ukuran 42', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan');
    expect(sellerTitle('Sepatu Lari Pria Ringan - Hitam  Doff  Ukuran 42', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan');
  });

  it('cuts when exactly 15 characters would remain, not when fewer would', () => {
    expect(variantSuffixStart('Kaos Polos Pria - Hitam', TOKOPEDIA)).toBe(15);
    expect(variantSuffixStart('Kaos Polos Pri - Hitam', TOKOPEDIA)).toBeUndefined();
  });

  it('reads the variant before trailing spaces and a line break', () => {
    expect(sellerTitle('Sepatu Lari Pria Ringan - Hitam, 42\n', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan');
    expect(sellerTitle('Sepatu Lari Pria Ringan - Hitam, 42   ', TOKOPEDIA)).toBe('Sepatu Lari Pria Ringan');
  });
});
