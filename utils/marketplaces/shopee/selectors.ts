/**
 * Shopee Seller Centre's add/edit product page (seller.shopee.co.id/portal/product/new,
 * Vue with `shopee-*` and `eds-*` components; marketplaces.md §5.5). Public code
 * reaches its fields by `input.shopee-input__input` and by `name` (`name`,
 * `price`); here ids come first, then `name`s, never the styling classes alone.
 * Products with variations have no main price or stock: those live in the
 * "Daftar Variasi" table (`model_price_N`, `model_stock_N`).
 */
import type { EditorSelectors } from '../editor/types';

const EDITOR = 'shopee/listing-editor.html';
const once = [{ fixture: EDITOR, count: 1 }];
const perModel = [{ fixture: EDITOR, count: 6 }];

export const SHOPEE_EDITOR_SELECTORS: EditorSelectors = {
  title: { selectors: ['input#product-name', 'input[name="name"]'], expect: once },
  description: { selectors: ['textarea#product-description', 'textarea[name="description"]'], expect: once },
  weight: { selectors: ['input#product-weight', 'input[name="weight"]'], expect: once },
  variantPrice: { selectors: ['input[name^="model_price_"]'], expect: perModel },
  variantStock: { selectors: ['input[name^="model_stock_"]'], expect: perModel },
  variantRow: { selectors: ['tr:has(input[name^="model_price_"])', '.variation-table tbody tr'], expect: perModel },
  // Filled slots only; the "Tambahkan Foto" tile is a label with a file input.
  image: { selectors: ['.image-manager .image-manager__item img'], expect: [{ fixture: EDITOR, count: 4 }] },
  video: { selectors: ['input[type="file"][accept^="video/"]'], expect: once },
  category: { selectors: ['[data-testid="product-category"] > span'], expect: once },
  condition: { selectors: ['input[name="condition"]:checked'], expect: once },
  // "Simpan & Tampilkan" publishes; "Simpan & Arsipkan" only saves.
  save: { selectors: ['button[type="submit"][name="action"][value="publish"]'], expect: once },
};
