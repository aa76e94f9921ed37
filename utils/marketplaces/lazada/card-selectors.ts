/**
 * Lazada product cards. Buyer side: `data-qa-locator="product-item"` (Lazada's QA hook); the
 * product link's `title` attribute holds the clean name (its text may start with a "LazMall"
 * badge); `img[type="product"]`; the rating is only in an `aria-label`. Lazada's classes are
 * hashes (`Bm3ON`, `ooOxS`) and are not used: price, sold count and location come from the text.
 * Seller Center (marketplaces.md §5.6): an Ant Design table, `tr.ant-table-row`, rows linking to
 * `/apps/product/publish?productId=…`.
 */
import { fixtureCounts, type CardHooks } from '../cards/types';

const { both, list } = fixtureCounts('lazada');

export const LAZADA_BUYER_CARDS: CardHooks = {
  card: { selectors: ['[data-qa-locator="product-item"]'], expect: both(20, 28) },
  fields: {
    title: { selectors: ['a[title]'], attr: 'title', expect: both(20, 28) },
    link: { selectors: ['a[href*="/products/"]'], expect: both(20, 28) },
    image: { selectors: ['img[type="product"]'], expect: both(20, 28) },
    rating: { selectors: ['[aria-label^="Rating"]'], attr: 'aria-label', expect: both(20, 28) },
  },
};

export const LAZADA_SELLER_CARDS: CardHooks = {
  card: { selectors: ['tr.ant-table-row', 'table tbody tr'], expect: list(11) },
  fields: {
    title: { selectors: ['a[href*="/apps/product/publish"]', 'a[href*="/product/"]'], expect: list(11) },
    link: { selectors: ['a[href*="/apps/product/publish"]', 'a[href*="/product/"]'], expect: list(11) },
  },
};
