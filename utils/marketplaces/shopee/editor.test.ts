// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { queryHook } from '../editor/find-fields';
import { readListing } from '../editor/read-listing';
import { shopeeEditor } from './editor';

const FIXTURE = 'shopee/listing-editor.html';

describe('Shopee editor adapter', () => {
  it('reads the listing from the add-product page', () => {
    const { listing, sources } = readListing(loadFixture(FIXTURE), shopeeEditor);
    expect(listing).toMatchObject({
      marketplace: 'shopee',
      title: 'Kopi Arabika Gayo Anaerob Process 250gr Biji Sangrai Single Origin Aceh',
      weightGrams: 300,
      imageCount: 4,
      hasVideo: false,
      category: 'Makanan & Minuman > Minuman > Kopi > Biji Kopi',
      condition: 'new',
      variantCount: 6,
    });
    expect(listing.description).toMatch(/^Kopi Arabika Gayo proses anaerob dari kebun petani di Kec\. Bies/);
    expect(listing.hashtags).toEqual(expect.arrayContaining(['kopigayo', 'specialtycoffee', 'oleholehaceh']));
    // "Asal" is only the country (Indonesia), not the seller's city: no origin hook.
    expect(listing.origin).toBeUndefined();
    expect(sources).toMatchObject({
      title: 'selector',
      description: 'selector',
      weightGrams: 'selector',
      imageCount: 'selector',
      category: 'selector',
    });
  });

  it('publishes with "Simpan & Tampilkan", not "Simpan & Arsipkan"', () => {
    const [save] = queryHook(loadFixture(FIXTURE), shopeeEditor, 'save');
    expect(save?.textContent?.trim()).toBe('Simpan & Tampilkan');
  });

  // No main price/stock field: the variation table's "Harga"/"Stok" column headers are not the main fields.
  it('takes price and stock from the variation table: lowest price, total stock', () => {
    const { listing, sources } = readListing(loadFixture(FIXTURE), shopeeEditor);
    expect(listing).toMatchObject({ priceIdr: 92000, stock: 40 + 25 + 18 + 12 + 8 + 6 });
    expect(sources).toMatchObject({ priceIdr: 'variants', stock: 'variants' });
  });
});
