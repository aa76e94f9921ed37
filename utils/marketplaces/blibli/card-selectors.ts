/**
 * Blibli product cards. Buyer side: `data-testid="productCard"` with `productCardName` and
 * `productCardPrice`. UNVERIFIED against the live site: marketplaces.md §5.6 found no Blibli DOM
 * in public code (buyer scrapers use its JSON), so these hooks are the fixture's; the structural
 * fallback covers a mismatch. Seller centre (MTA): a plain table, rows keyed by `data-sku`,
 * names linking to `/MTA/product/detail/{SKU}`.
 */
import { fixtureCounts, type CardHooks } from '../cards/types';

const { both, list } = fixtureCounts('blibli');

export const BLIBLI_BUYER_CARDS: CardHooks = {
  card: { selectors: ['[data-testid="productCard"]'], expect: both(16, 24) },
  fields: {
    title: { selectors: ['[data-testid="productCardName"]'], expect: both(16, 24) },
    price: { selectors: ['[data-testid="productCardPrice"]'], expect: both(16, 24) },
    link: { selectors: ['a[href*="/p/"]'], expect: both(16, 24) },
  },
};

export const BLIBLI_SELLER_CARDS: CardHooks = {
  card: { selectors: ['tr[data-sku]', 'table tbody tr'], expect: list(10) },
  fields: {
    title: { selectors: ['a[href*="/product/detail/"]'], expect: list(10) },
    link: { selectors: ['a[href*="/product/detail/"]', 'a[href*="/product/edit/"]'], expect: list(10) },
  },
};
