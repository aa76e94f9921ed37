// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { queryHook } from '../editor/find-fields';
import { readListing } from '../editor/read-listing';
import { tiktokTokopediaEditor } from './editor';

const FIXTURE = 'tiktok-tokopedia/listing-editor.html';

describe('TikTok Shop by Tokopedia editor adapter', () => {
  it('reads the listing from the add-product page', () => {
    const { listing, sources, fields } = readListing(loadFixture(FIXTURE), tiktokTokopediaEditor);
    expect(listing).toMatchObject({
      marketplace: 'tiktok-tokopedia',
      title: 'Keripik Tempe Malang',
      weightGrams: 300,
      imageCount: 2,
      hasVideo: false,
      category: 'Makanan & Minuman / Makanan Ringan / Keripik',
      condition: 'new',
      variantCount: 6,
      origin: 'Kota Malang, Jawa Timur',
    });
    // A rich-text editor (contenteditable), read as text.
    expect(listing.description?.trim()).toMatch(/^Keripik tempe renyah asli Malang, enak buat camilan keluarga\./);
    expect(fields.description?.element.getAttribute('contenteditable')).toBe('true');
    expect(sources).toMatchObject({
      title: 'selector',
      description: 'selector',
      weightGrams: 'selector',
      imageCount: 'selector',
      variantCount: 'selector',
      origin: 'selector',
    });
  });

  it('publishes with "Kirim", not "Simpan sebagai draf"', () => {
    const [save] = queryHook(loadFixture(FIXTURE), tiktokTokopediaEditor, 'save');
    expect(save?.textContent?.trim()).toBe('Kirim');
  });

  // No main price/stock field: the SKU table's "Harga"/"Stok" column headers are not the main fields.
  it('takes price and stock from the SKU table: lowest price, total stock', () => {
    const { listing, sources } = readListing(loadFixture(FIXTURE), tiktokTokopediaEditor);
    expect(listing).toMatchObject({ priceIdr: 9500, stock: 120 + 80 + 64 + 45 + 3 + 0 });
    expect(sources).toMatchObject({ priceIdr: 'variants', stock: 'variants' });
  });
});
