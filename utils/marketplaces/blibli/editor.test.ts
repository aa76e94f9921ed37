// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { queryHook } from '../editor/find-fields';
import { readListing } from '../editor/read-listing';
import { blibliEditor } from './editor';

const FIXTURE = 'blibli/listing-editor.html';

describe('Blibli editor adapter', () => {
  it('reads the listing from the add-product page', () => {
    const { listing, sources } = readListing(loadFixture(FIXTURE), blibliEditor);
    expect(listing).toMatchObject({
      marketplace: 'blibli',
      title: 'Kain Tenun Ikat Sikka Motif Lawo Butu Pewarna Alami 200 x 60 cm',
      weightGrams: 450,
      imageCount: 4,
      hasVideo: false,
      category: 'Fashion Wanita › Kain & Wastra › Kain Tenun',
      condition: 'new',
      variantCount: 3,
      origin: 'Kab. Sikka, Nusa Tenggara Timur',
    });
    expect(listing.description?.trim()).toMatch(/^Kain tenun ikat asli Sikka, Flores, ditenun dengan alat tenun gedogan/);
    expect(sources).toMatchObject({
      title: 'selector',
      description: 'selector',
      weightGrams: 'selector',
      imageCount: 'selector',
      origin: 'selector',
    });
  });

  it('saves with "Simpan & ajukan", not "Simpan sebagai draf"', () => {
    const [save] = queryHook(loadFixture(FIXTURE), blibliEditor, 'save');
    expect(save?.textContent?.trim()).toBe('Simpan & ajukan');
  });

  // The variant table's "Harga jual"/"Stok" headers are not main fields (nor is the first "Harga normal" input).
  it('takes price and stock from the variant table: lowest selling price, total stock', () => {
    const { listing, sources } = readListing(loadFixture(FIXTURE), blibliEditor);
    expect(listing).toMatchObject({ priceIdr: 1390000, stock: 3 + 2 + 1 });
    expect(sources).toMatchObject({ priceIdr: 'variants', stock: 'variants' });
  });
});
