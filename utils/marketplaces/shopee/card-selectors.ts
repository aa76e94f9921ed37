/**
 * Shopee product cards. Buyer side (marketplaces.md §5.5): the `data-sqe` QA hooks (item, link,
 * name, price) that scrapers have relied on for years, then the readable container classes
 * (`shop-search-result-view__item`, `shopee-search-item-result__item`); hashed classes such as
 * `._44qnta` rotate and are not used. Seller Centre "Produk Saya" (2022 capture, §5.5):
 * `.product-list-item` rows with `a.product-name-wrap`, `.product-variation__price|__sales`.
 * Sold counts, ratings, locations and ad labels are read from the card's text.
 */
import { fixtureCounts, type CardHooks } from '../cards/types';

const { both, list } = fixtureCounts('shopee');

export const SHOPEE_BUYER_CARDS: CardHooks = {
  card: {
    selectors: ['[data-sqe="item"]', 'li.shopee-search-item-result__item', '.shop-search-result-view__item'],
    expect: both(18, 30),
  },
  fields: {
    title: { selectors: ['[data-sqe="name"]'], expect: both(18, 30) },
    price: { selectors: ['[data-sqe="price"]'], expect: both(18, 30) },
    link: { selectors: ['a[data-sqe="link"]'], expect: both(18, 30) },
  },
};

export const SHOPEE_SELLER_CARDS: CardHooks = {
  card: { selectors: ['.product-list-item'], expect: list(11) },
  fields: {
    title: { selectors: ['a.product-name-wrap'], expect: list(11) },
    price: { selectors: ['.product-variation__price'], expect: list(11) },
    link: { selectors: ['a.product-name-wrap'], expect: list(11) },
    soldCount: { selectors: ['.product-variation__sales'], expect: list(11) },
  },
};
