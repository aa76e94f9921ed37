/**
 * TikTok Shop by Tokopedia's product list (marketplaces.md §5.4): rows `tr.core-table-tr` in the
 * "core" design system (`tr.arco-table-tr` before the merge). The name links to the edit form.
 * Price and sold count have no hook: the price is read from the row's text, the sold count from
 * the column headed "Terjual".
 */
import { fixtureCounts, type CardHooks } from '../cards/types';

const { list } = fixtureCounts('tiktok-tokopedia');

export const TIKTOK_TOKOPEDIA_SELLER_CARDS: CardHooks = {
  card: { selectors: ['tr.core-table-tr', 'tr.arco-table-tr'], expect: list(11) },
  fields: {
    title: { selectors: ['a[data-uid="product-name"]', 'a[href*="/product/edit/"]'], expect: list(11) },
    link: { selectors: ['a[data-uid="product-name"]', 'a[href*="/product/edit/"]'], expect: list(11) },
  },
};
