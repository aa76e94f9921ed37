/**
 * Tokopedia Seller's add/edit product form ("AEP"). The data-testid names are
 * Tokopedia's own QA hooks, quoted in public Selenium code
 * (marketplaces.md §5.2: txtAEPProductName, txtAEPPrice, txtAEPWeight,
 * txtAEPProductStock, btnAEPSave); the `name` attributes are the fallbacks
 * inside this adapter, before the label fallback takes over.
 */
import type { EditorSelectors } from '../editor/types';

const EDITOR = 'tokopedia/listing-editor.html';

export const TOKOPEDIA_EDITOR_SELECTORS: EditorSelectors = {
  title: { selectors: ['[data-testid="txtAEPProductName"]', 'input[name="product_name"]'], expect: [{ fixture: EDITOR, count: 1 }] },
  description: {
    selectors: ['[data-testid="txtAEPDescription"]', 'textarea[name="description"]'],
    expect: [{ fixture: EDITOR, count: 1 }],
  },
  price: { selectors: ['[data-testid="txtAEPPrice"]', 'input[name="price"]'], expect: [{ fixture: EDITOR, count: 1 }] },
  stock: { selectors: ['[data-testid="txtAEPProductStock"]', 'input[name="stock"]'], expect: [{ fixture: EDITOR, count: 1 }] },
  weight: { selectors: ['[data-testid="txtAEPWeight"]', 'input[name="weight"]'], expect: [{ fixture: EDITOR, count: 1 }] },
  variantPrice: { selectors: ['[data-testid="tblAEPVariant"] input[name^="variant_price_"]'], expect: [{ fixture: EDITOR, count: 4 }] },
  variantStock: { selectors: ['[data-testid="tblAEPVariant"] input[name^="variant_stock_"]'], expect: [{ fixture: EDITOR, count: 4 }] },
  variantRow: { selectors: ['[data-testid="tblAEPVariant"] tbody tr'], expect: [{ fixture: EDITOR, count: 4 }] },
  image: { selectors: ['[data-testid="imgAEPProductImages"] img'], expect: [{ fixture: EDITOR, count: 3 }] },
  video: { selectors: ['[data-testid="txtAEPVideoURL"]', 'input[name="video_url"]'], expect: [{ fixture: EDITOR, count: 1 }] },
  category: { selectors: ['[data-testid="cboAEPCategory"]'], expect: [{ fixture: EDITOR, count: 1 }] },
  condition: { selectors: ['input[name="condition"]:checked'], expect: [{ fixture: EDITOR, count: 1 }] },
  // The shipping-origin notice above the form; `#address` is its "Ubah alamat" link (marketplaces.md §5.2).
  origin: { selectors: ['.loc-box b'], expect: [{ fixture: EDITOR, count: 1 }] },
  save: { selectors: ['[data-testid="btnAEPSave"]'], expect: [{ fixture: EDITOR, count: 1 }] },
};
