import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';

describe('badgeFor', () => {
  it('has no dot where Rapi does nothing, and the title says why', () => {
    expect(badgeFor(null, 'id', false)).toEqual({
      text: '',
      title:
        'Rapi: asisten listing UMKM: Halaman ini bukan halaman marketplace yang dikenal Rapi. Rapi bekerja di Tokopedia, Shopee, Lazada, TikTok Shop, dan Blibli.',
    });
    expect(badgeFor(null, 'en', true).title).toBe(
      'Rapi: listing helper for small sellers: Rapi does not know this page. Open the add-product form, your product list, a shop page or search results.',
    );
    const product = badgeFor({ marketplace: 'shopee', kind: 'product' }, 'id');
    expect(product.text).toBe('');
    expect(product.title).toMatch(/halaman produk untuk pembeli/);
  });

  it('names the marketplace and page kind in the chosen language', () => {
    expect(badgeFor({ marketplace: 'lazada', kind: 'listing-editor' }, 'id')).toEqual({
      text: '●',
      title: 'Rapi: asisten listing UMKM: Lazada · Formulir tambah/ubah produk',
    });
    expect(badgeFor({ marketplace: 'shopee', kind: 'shop' }, 'en').title).toBe(
      'Rapi: listing helper for small sellers: Shopee · Shop page',
    );
  });
});
