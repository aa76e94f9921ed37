// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { tokopediaEditor } from '../tokopedia/editor';
import { queryHook } from './find-fields';
import { findFieldByLabel } from './label-fallback';
import { readListing } from './read-listing';
import { EDITOR_HOOKS } from './types';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const inputValue = (el: Element | undefined) => (el as HTMLInputElement | undefined)?.value;

describe('label fallback on a redesigned Tokopedia add-product page', () => {
  const doc = () => loadFixture('unknown/listing-editor.html');

  it('has none of the Tokopedia adapter hooks left', () => {
    const d = doc();
    for (const hook of EDITOR_HOOKS) expect(queryHook(d, tokopediaEditor, hook), hook).toHaveLength(0);
  });

  it('finds title, description, price and stock by their labels, and not the weight', () => {
    const { listing, sources, fields } = readListing(doc(), tokopediaEditor);
    expect(listing).toMatchObject({
      marketplace: 'tokopedia',
      title: 'Madu Hutan Sumbawa Asli Murni 500 ml Botol Kaca Panen Baru',
      priceIdr: 135000,
      stock: 38,
    });
    expect(listing.description?.trim()).toMatch(/^Madu hutan asli dari hutan Batu Lanteh, Kab\. Sumbawa/);
    expect(sources).toMatchObject({ title: 'label', description: 'label', priceIdr: 'label', stock: 'label' });
    // The fields found are the ones the page means (its test scaffolding marks them).
    expect(fields.title?.element.getAttribute('data-fixture-field')).toBe('title');
    expect(fields.description?.element.getAttribute('data-fixture-field')).toBe('description');
    expect(fields.priceIdr?.element.getAttribute('data-fixture-field')).toBe('price');
    expect(fields.stock?.element.getAttribute('data-fixture-field')).toBe('stock');
    // Labelled by an icon only (and "Berat Bersih" is a product attribute): left for teach mode.
    expect(listing.weightGrams).toBeUndefined();
    expect(sources.weightGrams).toBeUndefined();
    expect(listing.found).not.toContain('weightGrams');
  });
});

describe('findFieldByLabel', () => {
  it('follows label[for]', () => {
    const d = page('<label for="n">Nama Produk <span>Wajib</span></label><div><input id="n" value="Kopi"></div><input value="other">');
    expect(findFieldByLabel(d, 'title')?.id).toBe('n');
  });

  it('takes the control a label wraps', () => {
    const d = page('<label>Harga <input value="50.000"></label><label>Minimum Pemesanan <input value="1"></label>');
    expect(inputValue(findFieldByLabel(d, 'priceIdr'))).toBe('50.000');
  });

  it('takes the control in the same form row as a div label', () => {
    const d = page(`
      <div class="row"><div class="form-label">Minimum Pemesanan</div><div><input value="1"></div></div>
      <div class="row"><div class="form-label">Stok <span>*</span></div><div><div><input value="12"></div></div></div>`);
    expect(inputValue(findFieldByLabel(d, 'stock'))).toBe('12');
  });

  it('reads aria-label and placeholder', () => {
    const d = page('<div contenteditable="true" aria-label="Deskripsi produk">Isi</div><input placeholder="Nama Produk" value="Madu">');
    expect(findFieldByLabel(d, 'description')?.textContent).toBe('Isi');
    expect(inputValue(findFieldByLabel(d, 'title'))).toBe('Madu');
  });

  it('reads an English form', () => {
    const d = page(`
      <label for="a">Product Name</label><input id="a">
      <label for="b">Description</label><textarea id="b"></textarea>
      <label for="c">Price</label><input id="c">
      <label for="d">Stock</label><input id="d">
      <label for="e">Weight (g)</label><input id="e">`);
    expect(findFieldByLabel(d, 'title')?.id).toBe('a');
    expect(findFieldByLabel(d, 'description')?.id).toBe('b');
    expect(findFieldByLabel(d, 'priceIdr')?.id).toBe('c');
    expect(findFieldByLabel(d, 'stock')?.id).toBe('d');
    expect(findFieldByLabel(d, 'weightGrams')?.id).toBe('e');
  });

  it('does not take "Harga Grosir" for the price or "Berat Bersih" for the weight', () => {
    const d = page(`
      <div class="row"><div class="form-label">Harga Grosir</div><input value="40.000"></div>
      <div class="row"><label for="net">Berat Bersih</label><input id="net" value="250"></div>`);
    expect(findFieldByLabel(d, 'priceIdr')).toBeUndefined();
    expect(findFieldByLabel(d, 'weightGrams')).toBeUndefined();
  });

  it('does not take a paragraph that mentions "harga" for a label', () => {
    const d = page(
      `<div class="row"><p class="form-label">Harga yang kamu isi adalah harga satuan; harga grosir diatur terpisah.</p><input value="1"></div>`,
    );
    expect(findFieldByLabel(d, 'priceIdr')).toBeUndefined();
  });

  it('does not take disabled or read-only controls', () => {
    const d = page(
      '<label for="a">Stok</label><input id="a" disabled value="1"><label for="b">Harga</label><input id="b" readonly value="2">',
    );
    expect(findFieldByLabel(d, 'stock')).toBeUndefined();
    expect(findFieldByLabel(d, 'priceIdr')).toBeUndefined();
  });

  // Tokopedia's own layout: a card title "Harga" (class *title*) above "Minimum Pemesanan" is not that control's label.
  it('prefers a field label to a section heading', () => {
    const d = page(`<section><h2 class="card__title">Harga</h2>
      <div class="row"><label for="min">Minimum Pemesanan</label><input id="min" value="1"></div>
      <div class="row"><label for="p">Harga Satuan</label><input id="p" value="285.000"></div></section>`);
    expect(findFieldByLabel(d, 'priceIdr')?.id).toBe('p');
  });

  // A variant table's column header names a column of controls, not one field.
  it('does not take a variant table column header for the main field', () => {
    const d = page(`<table><thead><tr><th>Varian</th><th>Harga</th><th>Stok</th></tr></thead><tbody>
      <tr><td>M</td><td><input value="10.000"></td><td><input value="5"></td></tr>
      <tr><td>L</td><td><input value="12.000"></td><td><input value="3"></td></tr></tbody></table>`);
    expect(findFieldByLabel(d, 'stock')).toBeUndefined();
  });
});
