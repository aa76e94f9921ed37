/** Shopee's card adapter: buyer cards on shop and search pages, Seller Centre's product list. */
import { cardAdapter } from '../cards/types';
import { SHOPEE_BUYER_CARDS, SHOPEE_SELLER_CARDS } from './card-selectors';
import { shopeeDetector } from './detect';

/** The edit form of one product: `/portal/product/{itemId}/` or `/portal/product/edit/{itemId}` (marketplaces.md §5.1). */
const EDIT_PATH = /^\/portal\/product\/(?:edit\/)?(\d+)\/?$/;
/** Where a Seller Centre page may show the shop's id: an attribute, or a link to the shop's public page. */
const SHOP_ID_HOLDERS = '[data-shopid], [data-shop-id], a[href*="shopee.co.id/shop/"]';

function isPublicProduct(href: string): boolean {
  try {
    const url = new URL(href);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'shopee.co.id' && shopeeDetector.detect(url) === 'product'
    );
  } catch {
    return false;
  }
}

function shopIdOf(card: Element): string | undefined {
  for (const holder of [
    card.closest(SHOP_ID_HOLDERS),
    card.querySelector(SHOP_ID_HOLDERS),
    card.ownerDocument.querySelector(SHOP_ID_HOLDERS),
  ]) {
    if (!holder) continue;
    const id =
      holder.getAttribute('data-shopid') ??
      holder.getAttribute('data-shop-id') ??
      /\/shop\/(\d+)/.exec(holder.getAttribute('href') ?? '')?.[1];
    if (id && /^\d+$/.test(id)) return id;
  }
  return undefined;
}

/**
 * A Seller Centre row links to the product's edit form, which is no page a buyer can open (issue
 * 14). Its URL is the public page: a public product link in the row when there is one, else
 * `shopee.co.id/product/{shopId}/{itemId}` (§5.1) when the page shows the shop's id, else nothing.
 */
export function shopeePublicUrl(url: string, card: Element): string | undefined {
  if (isPublicProduct(url)) return url;
  const inRow = [...card.querySelectorAll('a[href]')]
    .map((a) => {
      try {
        return new URL(a.getAttribute('href') ?? '', 'https://seller.shopee.co.id/').href;
      } catch {
        return '';
      }
    })
    .find(isPublicProduct);
  if (inRow) return inRow;
  let item: string | undefined;
  try {
    item = EDIT_PATH.exec(new URL(url).pathname)?.[1];
  } catch {
    return undefined;
  }
  const shop = item ? shopIdOf(card) : undefined;
  return item && shop ? `https://shopee.co.id/product/${shop}/${item}` : undefined;
}

export const SHOPEE_CARDS = cardAdapter('shopee', {
  buyer: SHOPEE_BUYER_CARDS,
  seller: SHOPEE_SELLER_CARDS,
  sellerCardUrl: shopeePublicUrl,
});
