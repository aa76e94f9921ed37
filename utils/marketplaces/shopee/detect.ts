/**
 * Shopee Indonesia: Seller Centre (seller.shopee.co.id) and the public site (shopee.co.id).
 * URL facts: marketplaces.md §5.1 (Seller Centre table + "Public (buyer-side) URL patterns").
 */
import { byHost } from '../by-host';
import type { MarketplaceDetector, PageKind } from '../types';

const SELLER_HOST = 'seller.shopee.co.id';
const PUBLIC_HOST = 'shopee.co.id';

/** §5.1: `{slug}-i.{shopId}.{itemId}` (aliformer/markethac-extension url-mapper.ts). */
const PRODUCT_SLUG = /^.+-i\.\d+\.\d+$/;
/** Category pages `{Name}-cat.{id}` with one id per category level. */
const CATEGORY_SLUG = /^.+-cat\.\d+(?:\.\d+)*$/;
/** Shopee usernames are letters, digits, `_` and `.` (no hyphen, which keeps them apart from slugs). */
const USERNAME = /^[a-z0-9_.]{2,30}$/i;
/** Static files at the root (`/robots.txt`, `/favicon.ico`) look like dotted usernames. */
const STATIC_FILE = /\.(?:txt|ico|xml|json|js|css|html?|png|jpe?g|gif|svg|webp|webmanifest|map)$/i;
/** Top-level site pages that would otherwise match the `/{username}` shop pattern. */
const RESERVED = new Set([
  'cart',
  'checkout',
  'buyer',
  'user',
  'account',
  'login',
  'signup',
  'register',
  'verify',
  'mall',
  'flash_sale',
  'flash_deals',
  'daily_discover',
  'top_products',
  'find_similar_products',
  'm',
  'events3',
  'search',
  'shop',
  'product',
  'collections',
  'live',
  'video',
  'feed',
  'games',
  'coins',
  'rewards',
  'voucher',
  'vouchers',
  'promo',
  'deals',
  'payment',
  'order',
  'purchase',
  'chat',
  'notifications',
  'help',
  'legal',
  'docs',
  'seller',
  'partner',
  'careers',
  'ads',
  'edu',
  'blog',
  'api',
  'static',
  'sitemap',
  'universal_link',
  'me',
  'app',
  'download',
]);

function detectSeller(segs: string[]): PageKind | null {
  if (segs[0] !== 'portal' || segs[1] !== 'product') return null;
  const rest = segs.slice(2);
  // §5.1 add: `/portal/product/new` (`?from=sidebar`, `?pageEntry=product_list`).
  if (rest.length === 1 && rest[0] === 'new') return 'listing-editor';
  // §5.1 edit: `/portal/product/{item_id}/` (saved 2022 page); `/portal/product/edit/{id}` is UNCERTAIN there.
  if (rest.length === 1 && /^\d+$/.test(rest[0] ?? '')) return 'listing-editor';
  if (rest.length === 2 && rest[0] === 'edit' && /^\d+$/.test(rest[1] ?? '')) return 'listing-editor';
  // §5.1 list: `/portal/product/list/all`, `/list/live/all`, legacy `/list/active`.
  if (rest[0] === 'list' && rest.length <= 3 && rest.every((s) => /^[a-z_]+$/.test(s))) return 'product-list';
  return null;
}

function detectPublic(segs: string[], url: URL): PageKind | null {
  const [first, second, third] = segs;
  if (!first) return null; // home page
  if (segs.length === 1 && PRODUCT_SLUG.test(first)) return 'product';
  if (segs.length === 1 && CATEGORY_SLUG.test(first)) return 'search';
  const lower = first.toLowerCase();
  // §5.1 product: `/product/{shopId}/{itemId}`.
  if (lower === 'product') return segs.length === 3 && /^\d+$/.test(second ?? '') && /^\d+$/.test(third ?? '') ? 'product' : null;
  // Search results need a keyword; `/search` alone is an empty search page.
  if (lower === 'search') return segs.length === 1 && url.searchParams.get('keyword')?.trim() ? 'search' : null;
  // §5.1 shop search `/shop/{shopId}/search?page=n`; `/shop/{shopId}` is the shop by numeric id.
  if (lower === 'shop') {
    if (!/^\d+$/.test(second ?? '')) return null;
    if (segs.length === 2 || (segs.length === 3 && third === 'search')) return 'shop';
    return null;
  }
  // §5.1 shop: `shopee.co.id/{username}`.
  if (segs.length === 1 && USERNAME.test(first) && !RESERVED.has(lower) && !STATIC_FILE.test(first)) return 'shop';
  return null;
}

export const shopeeDetector: MarketplaceDetector = {
  id: 'shopee',
  hosts: [SELLER_HOST, PUBLIC_HOST],
  detect: byHost({ host: SELLER_HOST, detect: detectSeller }, { hosts: [PUBLIC_HOST], detect: detectPublic }),
  examples: {
    'listing-editor': [
      'https://seller.shopee.co.id/portal/product/new',
      'https://seller.shopee.co.id/portal/product/new?from=sidebar',
      'https://seller.shopee.co.id/portal/product/new?pageEntry=product_list',
      'https://seller.shopee.co.id/portal/product/23456789012/',
      'https://seller.shopee.co.id/portal/product/23456789012',
      'https://seller.shopee.co.id/portal/product/edit/23456789012',
    ],
    'product-list': [
      'https://seller.shopee.co.id/portal/product/list/all',
      'https://seller.shopee.co.id/portal/product/list/live/all?page=1&size=48',
      'https://seller.shopee.co.id/portal/product/list/active',
      'https://seller.shopee.co.id/portal/product/list/all/',
      'https://seller.shopee.co.id/portal/product/list/unpublished',
      'https://seller.shopee.co.id/portal/product/list/all?keyword=kopi%20gayo#top',
    ],
    shop: [
      'https://shopee.co.id/kopigayo.atu',
      'https://shopee.co.id/kopigayo.atu/',
      'https://shopee.co.id/batik_trusmi_cirebon?categoryId=100017&itemId=23456789012',
      'https://shopee.co.id/keripikmaicih?page=0&sortBy=pop',
      'https://shopee.co.id/shop/312456789',
      'https://shopee.co.id/shop/312456789/search?page=1',
      'https://shopee.co.id/shop/312456789/search?shopCollection=245678901',
    ],
    search: [
      'https://shopee.co.id/search?keyword=kopi%20arabika%20gayo',
      'https://shopee.co.id/search?keyword=keripik+singkong+balado&page=1',
      'https://shopee.co.id/search?keyword=batik%20tulis&sortBy=sales',
      'https://shopee.co.id/Makanan-Minuman-cat.11043451',
      'https://shopee.co.id/Kopi-cat.11043451.11043480?page=2',
      'https://shopee.co.id/Kain-Batik-cat.11042849.11042893.11042900/',
    ],
    product: [
      'https://shopee.co.id/Kopi-Arabika-Gayo-Wine-Process-250gr-Biji-Sangrai-i.312456789.23456789012',
      'https://shopee.co.id/Keripik-Singkong-Balado-Pedas-500gr-i.98765432.12345678901?sp_atk=3f1c&xptdk=3f1c',
      'https://shopee.co.id/Kain-Tenun-Ikat-Sumba-Pewarna-Alami-i.45678123.8765432109/',
      'https://shopee.co.id/product/312456789/23456789012',
      'https://shopee.co.id/product/312456789/23456789012/?smtt=0.0.9',
      'https://shopee.co.id/Kemeja-Batik-Pria-Lengan-Panjang-Motif-Parang-i.55512345.19876543210#reviews',
    ],
  },
  negatives: [
    'https://shopee.co.id/',
    'https://shopee.co.id/cart',
    'https://shopee.co.id/checkout',
    'https://shopee.co.id/buyer/login?next=https%3A%2F%2Fshopee.co.id%2F',
    'https://shopee.co.id/user/purchase',
    'https://shopee.co.id/user/account/profile',
    'https://shopee.co.id/mall',
    'https://shopee.co.id/flash_sale',
    'https://shopee.co.id/daily_discover',
    'https://shopee.co.id/m/gratis-ongkir-xtra',
    'https://shopee.co.id/search',
    'https://shopee.co.id/robots.txt',
    'https://seller.shopee.co.id/',
    'https://seller.shopee.co.id/portal/sale/order',
    'https://seller.shopee.co.id/portal/sale/order?type=toship',
    'https://seller.shopee.co.id/portal/settings/shop/profile',
    'https://seller.shopee.co.id/webchat/conversations',
    'https://seller.shopee.co.id/account/signin?next=%2Fportal%2Fproduct%2Fnew',
    'https://seller.shopee.co.id/portal/marketing',
  ],
};
