/**
 * Tokopedia product cards. Buyer side (marketplaces.md §5.3): `master-product-card` with
 * `spnSRPProdName`/`spnSRPProdPrice` on search, `linkProductName`/`linkProductPrice` on shop
 * pages. The 2020 search page (real-pages/tokopedia-search-i5.html) has no master-product-card:
 * there the `lnkProductContainer` link is the whole card, and ads carry a "topads icon" image and
 * `?src=topads`. Seller list (§5.2): rows named by `lblMPProductName`. The `prd_*` classes are
 * Tokopedia's own readable names, not hashes. Rating, review and sold hooks absent from the
 * fixtures are checked on the real pages in tokopedia/cards.test.ts.
 */
import { fixtureCounts, type CardHooks } from '../cards/types';

const { both, list } = fixtureCounts('tokopedia');

export const TOKOPEDIA_BUYER_CARDS: CardHooks = {
  card: { selectors: ['[data-testid="master-product-card"]', 'a[data-testid="lnkProductContainer"]'], expect: both(64, 36) },
  fields: {
    title: { selectors: ['[data-testid="spnSRPProdName"]', '[data-testid="linkProductName"]'], expect: both(64, 36) },
    price: { selectors: ['[data-testid="spnSRPProdPrice"]', '[data-testid="linkProductPrice"]'], expect: both(64, 36) },
    link: { selectors: ['a[data-testid="lnkProductContainer"]', 'a[data-testid="linkProductName"]', 'a[href]'], expect: both(64, 36) },
    image: { selectors: ['img[data-testid="imgSRPProdMain"]', '[data-testid="imgSRPProdMain"] img'], expect: both(64, 36) },
    // The first one: the 2020 pages put the shop's name in a second spnSRPProdTabShopLoc.
    location: { selectors: ['[data-testid="spnSRPProdTabShopLoc"]'], expect: both(64, 36) },
    rating: { selectors: ['.prd_rating-average-text'], expect: both(55, 36) },
    // Only on the real 2020 pages (checked in tokopedia/cards.test.ts), not on the fixtures.
    reviewCount: { selectors: ['[data-testid="iSRPProdTabReview"]'], expect: [] },
    soldCount: { selectors: ['.prd_label-integrity'], expect: both(64, 36) },
    // The headline shop ad (`topadsCPMWrapper`, 2022 real page) marks its products once, around them.
    ad: {
      selectors: ['[data-testid="divSRPTopadsIcon"]', 'img[alt="topads icon"]', 'a[href*="src=topads"]'],
      around: ['[data-testid="topadsCPMWrapper"]'],
      expect: both(2, 3),
    },
  },
};

export const TOKOPEDIA_SELLER_CARDS: CardHooks = {
  card: { selectors: ['[data-testid="trMPProductRow"]'], expect: list(10) },
  fields: {
    title: { selectors: ['[data-testid="lblMPProductName"]'], expect: list(10) },
    price: { selectors: ['[data-testid="txtMPPrice"]'], expect: list(10) },
    link: { selectors: ['a[data-testid="lblMPProductName"]'], expect: list(10) },
  },
};
