/**
 * TikTok Shop by Tokopedia's add/edit product form (seller-id.tokopedia.com,
 * Arco "core-*"/"pulse-*" components). The `data-uid` attributes are the same
 * kind of QA hook public scripts use on this dashboard (marketplaces.md §5.4:
 * `button[data-uid*="onconfirm"]`); ids and `name`s are the fallbacks. Products
 * with variants have no main price or stock field: those live in the SKU table.
 */
import type { EditorSelectors } from '../editor/types';

const EDITOR = 'tiktok-tokopedia/listing-editor.html';
const once = [{ fixture: EDITOR, count: 1 }];

export const TIKTOK_TOKOPEDIA_EDITOR_SELECTORS: EditorSelectors = {
  title: { selectors: ['[data-uid="product-name-input"]', 'input[name="product_name"]'], expect: once },
  description: { selectors: ['[data-uid="product-description-editor"]', '#product-description[contenteditable]'], expect: once },
  weight: { selectors: ['#package-weight', 'input[name="package_weight"]'], expect: once },
  variantPrice: {
    selectors: ['[data-uid="sku-table"] input[name^="sku_price_"]', 'input[name^="sku_price_"]'],
    expect: [{ fixture: EDITOR, count: 6 }],
  },
  variantStock: {
    selectors: ['[data-uid="sku-table"] input[name^="sku_stock_"]', 'input[name^="sku_stock_"]'],
    expect: [{ fixture: EDITOR, count: 6 }],
  },
  variantRow: { selectors: ['[data-uid="sku-table"] tbody tr'], expect: [{ fixture: EDITOR, count: 6 }] },
  // Filled slots only: the upload trigger in the same list is a label, not an image.
  image: { selectors: ['[data-uid="product-images"] .core-upload-list-item img'], expect: [{ fixture: EDITOR, count: 2 }] },
  video: { selectors: ['input[type="file"][accept^="video/"]'], expect: once },
  category: { selectors: ['select[name="category_id"]'], expect: once },
  condition: { selectors: ['input[name="condition"]:checked'], expect: once },
  // "Asal produk" in the product attributes: the seller's own region for home-made goods.
  origin: { selectors: ['#attr-origin', 'input[name="origin"]'], expect: once },
  save: { selectors: ['[data-uid="submit-btn"]', 'button[type="submit"][value="submit"]'], expect: once },
};
