import { describe, expect, it } from 'vitest';
import { sellerTitle, variantSuffixStart } from './seller-title';

describe('sellerTitle', () => {
  it('cuts the variant a Tokopedia card appends: one level, two levels, a short label', () => {
    expect(sellerTitle('Sepatu Lari Pria Ringan Sol Karet - Hitam, 42', 'tokopedia')).toBe('Sepatu Lari Pria Ringan Sol Karet');
    expect(sellerTitle('Mouse Wireless Logitech M331 Silent Plus - Silent Plus', 'tokopedia')).toBe('Mouse Wireless Logitech M331 Silent Plus');
    expect(sellerTitle('Laptop Lenovo IdeaPad Slim 3 Ryzen 5 - 16GB -512GB, Abu', 'tokopedia')).toBe('Laptop Lenovo IdeaPad Slim 3 Ryzen 5');
  });

  it('keeps the title whole on other marketplaces, where " - " is the seller’s own', () => {
    expect(sellerTitle('Rantang Susun 3 Plastik - Rantang Bekal Serbaguna', 'shopee')).toBe('Rantang Susun 3 Plastik - Rantang Bekal Serbaguna');
  });

  it('keeps a long tail that reads as part of the name, and a title that would be left too short', () => {
    const tail = 'Tas Ransel Laptop 15 Inch - Cocok untuk Kuliah Kerja dan Traveling Jauh';
    expect(variantSuffixStart(tail, 'tokopedia')).toBeUndefined();
    expect(sellerTitle('Kaos - Hitam', 'tokopedia')).toBe('Kaos - Hitam');
    expect(sellerTitle('Kaos Polos Hitam', 'tokopedia')).toBe('Kaos Polos Hitam');
  });
});
