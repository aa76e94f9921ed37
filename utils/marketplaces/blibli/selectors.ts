/**
 * Blibli Seller Center's add-product page (seller.blibli.com/MTA/product/create,
 * Blibli's own `blu-*` components). No public code reaches this form
 * (marketplaces.md §5.6: "no seller-centre DOM found"), so these hooks are taken
 * from the saved page alone: ids first, then `name`s. Price and stock live per
 * variant; of "Harga normal" and "Harga jual" the selling price is the price.
 */
import type { EditorSelectors } from '../editor/types';

const EDITOR = 'blibli/listing-editor.html';
const once = [{ fixture: EDITOR, count: 1 }];
const perVariant = [{ fixture: EDITOR, count: 3 }];

export const BLIBLI_EDITOR_SELECTORS: EditorSelectors = {
  title: { selectors: ['input#productName', 'input[name="productName"]'], expect: once },
  description: { selectors: ['#productDescription[contenteditable]', '[contenteditable][aria-label="Deskripsi produk"]'], expect: once },
  weight: { selectors: ['input#weight', 'input[name="weight"]'], expect: once },
  variantPrice: { selectors: ['input[name^="offer_price_"]'], expect: perVariant },
  variantStock: { selectors: ['input[name^="stock_"]'], expect: perVariant },
  variantRow: { selectors: ['tr:has(input[name^="offer_price_"])', '.blu-table tbody tr'], expect: perVariant },
  image: { selectors: ['.blu-upload .blu-upload__item img'], expect: [{ fixture: EDITOR, count: 4 }] },
  video: { selectors: ['input#videoUrl', 'input[name="videoUrl"]'], expect: once },
  category: { selectors: ['.blu-category > span'], expect: once },
  condition: { selectors: ['input[name="condition"]:checked'], expect: once },
  // "Asal daerah" in the product attributes: the region the product (and, for craft sellers, the shop) is from.
  origin: { selectors: ['input#attr-origin', 'input[name="origin"]'], expect: once },
  // "Simpan & ajukan" saves and submits for review; "Simpan sebagai draf" does not.
  save: { selectors: ['button[type="submit"][name="action"][value="submit"]'], expect: once },
};
