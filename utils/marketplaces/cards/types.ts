/**
 * What a marketplace adapter knows about its product cards (shop pages, search
 * results, the seller's own product list): where a card is and where each field
 * sits inside it. Every selector names the fixtures it must match and how often,
 * checked by card-selectors-meta.test.ts, like the editor selectors.
 */
import type { HookSpec } from '../editor/types';
import type { MarketplaceId, PageKind } from '../types';

export const CARD_FIELDS = ['title', 'price', 'link', 'image', 'location', 'rating', 'reviewCount', 'soldCount', 'ad'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export interface CardFieldSpec extends HookSpec {
  /** Read this attribute instead of the element's text (Lazada's clean title is in `title`). */
  attr?: string;
  /**
   * Also found on an ancestor of the card: a container whose every card has the field (the
   * products in Tokopedia's headline shop ad are all ads, marked once on the container).
   */
  around?: readonly string[];
}

export interface CardHooks {
  /** The card elements. `expect.count` is the number of cards in the fixture. */
  card: HookSpec;
  /**
   * Fields, looked up inside each card (the card itself may match). `expect.count` is the number
   * of cards in which the field is found. A field no hook finds falls back to reading the card's
   * text (cards/read-card.ts), so hooks are listed only where they are stable.
   */
  fields: Partial<Record<CardField, CardFieldSpec>>;
}

export interface CardLayout {
  /** Page kinds that show this layout. */
  kinds: readonly PageKind[];
  /** Which links count as a card's own product link: a seller list links to the edit form. */
  linkKinds: readonly PageKind[];
  hooks: CardHooks;
  /**
   * The URL a card gives for its own link (`url`, on `card`), where the marketplace needs it
   * rewritten: Shopee's seller list links to the edit form, and the card must give the public page
   * or nothing. Undefined drops the URL.
   */
  cardUrl?: (url: string, card: Element) => string | undefined;
}

export interface CardAdapter {
  marketplace: MarketplaceId;
  layouts: readonly CardLayout[];
}

/** Where the cards are being read: the page's URL resolves relative links. */
export interface CardContext {
  pageUrl: string;
  marketplace: MarketplaceId;
  linkKinds: readonly PageKind[];
  cardUrl?: CardLayout['cardUrl'];
}

/** `expect` lists for a marketplace's fixtures: `both(64, 36)` for its shop and search pages, `list(10)` for its product list. */
export function fixtureCounts(marketplace: MarketplaceId) {
  return {
    both: (shop: number, search: number) => [
      { fixture: `${marketplace}/shop.html`, count: shop },
      { fixture: `${marketplace}/search.html`, count: search },
    ],
    list: (count: number) => [{ fixture: `${marketplace}/product-list.html`, count }],
  };
}

/**
 * The usual adapter: buyer cards on shop and search pages, linking to product pages; the seller's
 * product list, whose rows link to the edit form and sometimes also to the public page.
 */
export function cardAdapter(
  marketplace: MarketplaceId,
  hooks: { buyer?: CardHooks; seller?: CardHooks; sellerCardUrl?: CardLayout['cardUrl'] },
): CardAdapter {
  const layouts: CardLayout[] = [];
  if (hooks.buyer) layouts.push({ kinds: ['shop', 'search'], linkKinds: ['product'], hooks: hooks.buyer });
  if (hooks.seller) {
    const layout: CardLayout = { kinds: ['product-list'], linkKinds: ['product', 'listing-editor'], hooks: hooks.seller };
    layouts.push(hooks.sellerCardUrl ? { ...layout, cardUrl: hooks.sellerCardUrl } : layout);
  }
  return { marketplace, layouts };
}
