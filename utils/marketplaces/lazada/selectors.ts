/**
 * Lazada Seller Center's product publish page (sellercenter.lazada.co.id/apps/product/publish,
 * Ant Design `ant-*` components; marketplaces.md §5.6 found only `ant-pagination`
 * and `input#account` in public code). Fields are reached by id, then `name`;
 * `ant-*` classes only where the page offers nothing else (photo list, category
 * picker). Price and stock live per SKU in the variant table; "Harga Spesial" is
 * a temporary promotion price and is not read as the price.
 */
import type { EditorSelectors } from '../editor/types';

const EDITOR = 'lazada/listing-editor.html';
const once = [{ fixture: EDITOR, count: 1 }];
const perSku = [{ fixture: EDITOR, count: 3 }];

export const LAZADA_EDITOR_SELECTORS: EditorSelectors = {
  title: { selectors: ['input#productName', 'input[name="productName"]'], expect: once },
  // "Deskripsi Utama" (a rich-text editor); "Highlight Produk" below it is a second editor.
  description: { selectors: ['#description-main[contenteditable]', '[contenteditable][aria-label="Deskripsi utama"]'], expect: once },
  // Entered in kilograms ("1.2" kg).
  weight: { selectors: ['input#packageWeight', 'input[name="package_weight"]'], expect: once },
  variantPrice: { selectors: ['input[name^="price_"]'], expect: perSku },
  variantStock: { selectors: ['input[name^="quantity_"]'], expect: perSku },
  variantRow: { selectors: ['tr:has(input[name^="price_"])', '.ant-table-tbody tr'], expect: perSku },
  image: { selectors: ['.ant-upload-list .ant-upload-list-item img'], expect: [{ fixture: EDITOR, count: 2 }] },
  video: { selectors: ['input#videoUrl', 'input[name="videoUrl"]'], expect: once },
  category: { selectors: ['[role="combobox"][aria-label="Kategori"] > span', '.ant-cascader-picker > span'], expect: once },
  condition: { selectors: ['input[name="condition"]:checked'], expect: once },
  // "Kirim" submits for QC and publishing; "Simpan Draf" does not.
  save: { selectors: ['button[type="submit"][name="action"][value="submit"]'], expect: once },
};
