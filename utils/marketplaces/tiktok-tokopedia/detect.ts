/**
 * TikTok Shop by Tokopedia: the merged seller centre at seller-id.tokopedia.com (marketplaces.md
 * intro: it replaces seller-id.tiktok.com), and the product pages buyers open from TikTok at
 * shop-id.tokopedia.com/pdp/… (issue 14). Its buyers otherwise shop on www.tokopedia.com (the
 * `tokopedia` detector), so it has no shop or search pages of its own.
 */
import { byHost } from '../by-host';
import type { MarketplaceDetector, PageKind } from '../types';

const HOST = 'seller-id.tokopedia.com';
const PDP_HOST = 'shop-id.tokopedia.com';

/** TikTok Shop product ids are long numbers (19 digits in every example below). */
const PRODUCT_ID = /^\d{10,20}$/;

/**
 * Product pages, in the shapes public code opens (found by code search, 2025: scrapers and link
 * cleaners for TikTok Shop by Tokopedia): `/pdp/{slug}/{id}` (often `?source=anchor`), `/pdp/{id}`
 * (`?source=homepage_h5`; link cleaners shorten to it), `/pdp/p/{id}` (a showcase scraper's
 * product links) and `/pdp/produk/{id}` (an API client's referer). A slug never holds a slash.
 */
function detectPdp(segs: string[]): PageKind | null {
  if (segs[0] !== 'pdp') return null;
  if (segs.length === 2 && PRODUCT_ID.test(segs[1]!)) return 'product';
  if (segs.length === 3 && /^[a-z0-9-]+$/.test(segs[1]!) && PRODUCT_ID.test(segs[2]!)) return 'product';
  return null;
}

function detectSeller(segs: string[], url: URL): PageKind | null {
  if (segs[0] !== 'product') return null;
  const [, action, id] = segs;
  // Add form: `/product/create` (the fixture URL; matches the pre-merge seller-id.tiktok.com app).
  if (action === 'create' && segs.length === 2) return 'listing-editor';
  // §5.1: `/product/edit/*` (tampermonkey @match, tomlin-cn/tampermonkey-scripts); the pre-merge
  // app used `/product/edit?product_id={id}`, kept in case the merged centre still redirects there.
  if (action === 'edit') {
    if (segs.length === 3 && /^\d+$/.test(id ?? '')) return 'listing-editor';
    if (segs.length === 2 && /^\d+$/.test(url.searchParams.get('product_id') ?? '')) return 'listing-editor';
    return null;
  }
  // §5.1: `/product/manage*` with `?tab=live|active|reviewing|...`.
  if (action === 'manage' && segs.length === 2) return 'product-list';
  return null;
}

export const tiktokTokopediaDetector: MarketplaceDetector = {
  id: 'tiktok-tokopedia',
  hosts: [HOST, PDP_HOST],
  // Slugs are compared lower-cased too: the product id is what names the page.
  detect: byHost(
    { host: HOST, detect: detectSeller },
    { hosts: [PDP_HOST], detect: (segs) => detectPdp(segs.map((s) => s.toLowerCase())) },
  ),
  examples: {
    'listing-editor': [
      'https://seller-id.tokopedia.com/product/create',
      'https://seller-id.tokopedia.com/product/create?shop_region=ID',
      'https://seller-id.tokopedia.com/product/create/',
      'https://seller-id.tokopedia.com/product/edit/1729384756102938475',
      'https://seller-id.tokopedia.com/product/edit/1729384756102938475?shop_region=ID&from=product_list',
      'https://seller-id.tokopedia.com/product/edit?product_id=1729500012345678901',
    ],
    'product-list': [
      'https://seller-id.tokopedia.com/product/manage?tab=live',
      'https://seller-id.tokopedia.com/product/manage',
      'https://seller-id.tokopedia.com/product/manage/',
      'https://seller-id.tokopedia.com/product/manage?tab=active',
      'https://seller-id.tokopedia.com/product/manage?tab=reviewing&shop_region=ID',
      'https://seller-id.tokopedia.com/product/manage?tab=all&page=2#list',
    ],
    // The shapes in detectPdp's comment, with made-up slugs and ids of the same form.
    product: [
      'https://shop-id.tokopedia.com/pdp/kopi-arabika-gayo-wine-process-250gr/1731154567051904037?source=anchor',
      'https://shop-id.tokopedia.com/pdp/1731154567051904037',
      'https://shop-id.tokopedia.com/pdp/1732773678384055322?source=homepage_h5',
      'https://shop-id.tokopedia.com/pdp/p/1729384756102938475',
      'https://shop-id.tokopedia.com/pdp/produk/1729500012345678901/',
    ],
  },
  negatives: [
    'https://seller-id.tokopedia.com/',
    'https://seller-id.tokopedia.com/homepage',
    'https://seller-id.tokopedia.com/account/login',
    'https://seller-id.tokopedia.com/order',
    'https://seller-id.tokopedia.com/order?tab=to_ship',
    'https://seller-id.tokopedia.com/university/essay?knowledge_id=10000849&lang=en',
    'https://seller-id.tokopedia.com/chat',
    'https://seller-id.tokopedia.com/finance/bills',
    'https://seller-id.tokopedia.com/promotion/marketing-tools',
    'https://seller-id.tokopedia.com/product/rating',
    'https://seller-id.tokopedia.com/product/edit',
    'https://shop-id.tokopedia.com/pdp',
    'https://shop-id.tokopedia.com/pdp/kemeja-batik',
    'https://shop-id.tokopedia.com/pdp/1234',
    'https://shop-id.tokopedia.com/pdp/a/b/1731154567051904037',
    'https://seller-id.tokopedia.com/settings/account',
  ],
};
