// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { readListing } from '../editor/read-listing';
import { tokopediaEditor } from './editor';

describe('Tokopedia editor adapter', () => {
  it('reads the listing from the add-product page', () => {
    const { listing, sources } = readListing(loadFixture('tokopedia/listing-editor.html'), tokopediaEditor);
    expect(listing).toMatchObject({
      marketplace: 'tokopedia',
      title: 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang Pria',
      priceIdr: 285000,
      stock: 24,
      weightGrams: 350,
      imageCount: 3,
      hasVideo: false,
      category: 'Fashion Pria / Batik Pria / Kemeja Batik Pria',
      condition: 'new',
      variantCount: 4,
      origin: 'Kab. Pekalongan',
    });
    expect(listing.description).toMatch(/^Kemeja batik tulis asli Pekalongan/);
    expect(sources).toMatchObject({ title: 'selector', description: 'selector', priceIdr: 'selector', weightGrams: 'selector' });
    expect(listing.found).toEqual(expect.arrayContaining(['title', 'description', 'priceIdr', 'stock', 'weightGrams', 'imageCount']));
  });
});
