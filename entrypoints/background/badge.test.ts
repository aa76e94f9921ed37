import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';

describe('badgeFor', () => {
  it('is empty where Rapi sees no page it helps with', () => {
    expect(badgeFor(null, 'id')).toEqual({ text: '', title: 'Rapi: asisten listing UMKM' });
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
