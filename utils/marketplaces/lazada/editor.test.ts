// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { queryHook } from '../editor/find-fields';
import { readListing } from '../editor/read-listing';
import { lazadaEditor } from './editor';

const FIXTURE = 'lazada/listing-editor.html';

describe('Lazada editor adapter', () => {
  it('reads the listing from the publish page', () => {
    const { listing, sources, fields } = readListing(loadFixture(FIXTURE), lazadaEditor);
    expect(listing).toMatchObject({
      marketplace: 'lazada',
      title: 'Vas Bunga Keramik Dinoyo Motif Batik Malangan Tinggi 30cm Handmade',
      imageCount: 2,
      hasVideo: false,
      category: 'Rumah & Gaya Hidup / Dekorasi Rumah / Vas & Wadah Dekoratif',
      condition: 'new',
      variantCount: 3,
    });
    // "Deskripsi Utama", not the "Highlight Produk" editor below it.
    expect(listing.description?.trim()).toMatch(/^Vas bunga keramik buatan tangan pengrajin Sentra Keramik Dinoyo/);
    expect(listing.description).not.toContain('Handmade pengrajin Dinoyo Malang');
    expect(fields.weightGrams?.element.getAttribute('value')).toBe('1.2');
    // "Negara Asal" is only the country: no origin hook.
    expect(listing.origin).toBeUndefined();
    expect(sources).toMatchObject({
      title: 'selector',
      description: 'selector',
      weightGrams: 'selector',
      imageCount: 'selector',
      category: 'selector',
    });
  });

  it('enters the weight in kilograms and publishes with "Kirim"', () => {
    expect(lazadaEditor.weightUnit).toBe('kg');
    const [save] = queryHook(loadFixture(FIXTURE), lazadaEditor, 'save');
    expect(save?.textContent?.trim()).toBe('Kirim');
  });

  // A decimal dot in kilograms, not a thousands separator (utils/listing/parse-numbers).
  it('reads the 1.2 kg package weight as 1200 g', () => {
    expect(readListing(loadFixture(FIXTURE), lazadaEditor).listing.weightGrams).toBe(1200);
  });

  // The SKU table's "Harga"/"Stok" headers are not main fields; "Harga Spesial" (129.000, one SKU) is a promotion, not the price.
  it('takes price and stock from the SKU table: lowest regular price, total stock', () => {
    const { listing, sources } = readListing(loadFixture(FIXTURE), lazadaEditor);
    expect(listing).toMatchObject({ priceIdr: 149000, stock: 12 + 7 + 4 });
    expect(sources).toMatchObject({ priceIdr: 'variants', stock: 'variants' });
  });
});
