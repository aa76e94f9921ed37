/**
 * Tokopedia (legacy seller centre + public site). URL facts: marketplaces.md §5.1.
 * The public site puts shops and products at the top level (`/{shop}`, `/{shop}/{slug}`), so
 * every Tokopedia page that is not a shop must be excluded by a reserved-path list.
 */
import { byHost } from '../by-host';
import type { MarketplaceDetector, PageKind } from '../types';

const SELLER_HOST = 'seller.tokopedia.com';
const PUBLIC_HOSTS = ['www.tokopedia.com', 'tokopedia.com'];

/**
 * First path segments on www.tokopedia.com that are site pages, not shop domains. `search`, `p`
 * and `find` are handled (as search) before this list is consulted; they are here so a
 * malformed variant never falls through to the shop pattern.
 */
const RESERVED = new Set([
  'help',
  'bantuan',
  'login',
  'logout',
  'register',
  'reset-password',
  'cart',
  'checkout',
  'payment',
  'order-list',
  'order',
  'transaction',
  'chat',
  'inbox',
  'talk',
  'notification',
  'notifications',
  'wishlist',
  'user',
  'people',
  'settings',
  'setting',
  'profile',
  'review',
  'complaint',
  'resolution',
  'discovery',
  'promo',
  'promo-list',
  'flash-sale',
  'deals',
  'kupon',
  'rewards',
  'gift-card',
  'search',
  'p',
  'find',
  'hot',
  'b',
  'c',
  'brand',
  'official-store',
  'about',
  'careers',
  'blog',
  'terms',
  'privacy',
  'seller',
  'mitra',
  'affiliate',
  'topads',
  'top-ads',
  'ads',
  'play',
  'feed',
  'content',
  'explore',
  'now',
  'pulsa',
  'paket-data',
  'tagihan',
  'travel',
  'tiket',
  'emas',
  'saldo',
  'edu',
  'events',
  'campaign',
  'pages',
  'shop',
  'product',
  'category',
  'kategori',
]);

/** Shop domains are lower-case letters, digits and hyphens (e.g. `batiksaripekalongan`). */
const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]{1,47}$/i;

/** Second segments that are tabs of a shop page, not product slugs (`/{shop}/review`, `/{shop}/etalase/{slug}`). */
const SHOP_TABS = new Set(['product', 'review', 'etalase', 'note', 'info', 'feed']);

function detectSeller(segs: string[]): PageKind | null {
  const [a, b, c] = segs;
  // §5.1: `/add-product` and `/manage-product` (`?tab=0`). `/edit-product/{id}` is the same app's
  // edit route; `/product/add` and `/product/edit/{id}` are accepted as the plausible REST-style
  // variants (unverified).
  if (segs.length === 1 && a === 'add-product') return 'listing-editor';
  if (segs.length === 2 && a === 'edit-product' && /^\d+$/.test(b ?? '')) return 'listing-editor';
  if (segs.length === 2 && a === 'product' && b === 'add') return 'listing-editor';
  if (segs.length === 3 && a === 'product' && b === 'edit' && /^\d+$/.test(c ?? '')) return 'listing-editor';
  if (segs.length === 1 && a === 'manage-product') return 'product-list';
  return null;
}

function detectPublic(segs: string[], url: URL): PageKind | null {
  const first = segs[0]?.toLowerCase();
  if (!first) return null; // home page
  // Search results need a keyword; `/search` alone is an empty search box.
  if (first === 'search') return segs.length === 1 && url.searchParams.get('q')?.trim() ? 'search' : null;
  // Category pages `/p/{cat}/{sub}...` and SEO keyword pages `/find/{keyword}` list products.
  if ((first === 'p' || first === 'find') && segs.length >= 2) return 'search';
  if (RESERVED.has(first) || !SHOP_DOMAIN.test(first)) return null;
  if (segs.length === 1) return 'shop'; // §5.1 shop: tokopedia.com/{shopdomain}
  const second = segs[1]!.toLowerCase();
  if (SHOP_TABS.has(second)) {
    // §5.1 etalase: tokopedia.com/{shop}/etalase/{slug}; other tabs take no further segment.
    if (second === 'etalase') return segs.length === 3 ? 'shop' : null;
    return segs.length === 2 ? 'shop' : null;
  }
  // §5.1 product: tokopedia.com/{shopdomain}/{slug}-{productId}; newer slugs drop the id.
  return segs.length === 2 && /^[a-z0-9][a-z0-9-]*$/i.test(second) ? 'product' : null;
}

export const tokopediaDetector: MarketplaceDetector = {
  id: 'tokopedia',
  hosts: [SELLER_HOST, ...PUBLIC_HOSTS],
  detect: byHost({ host: SELLER_HOST, detect: detectSeller }, { hosts: PUBLIC_HOSTS, detect: detectPublic }),
  examples: {
    'listing-editor': [
      'https://seller.tokopedia.com/add-product',
      'https://seller.tokopedia.com/add-product/',
      'https://seller.tokopedia.com/add-product?source=manage-product',
      'https://seller.tokopedia.com/edit-product/2145876390',
      'https://seller.tokopedia.com/edit-product/2145876390?nav=duplicate#variant',
      'https://seller.tokopedia.com/product/add',
      'https://seller.tokopedia.com/product/edit/9876543210/',
    ],
    'product-list': [
      'https://seller.tokopedia.com/manage-product',
      'https://seller.tokopedia.com/manage-product?tab=0',
      'https://seller.tokopedia.com/manage-product/',
      'https://seller.tokopedia.com/manage-product?tab=1&page=2',
      'https://seller.tokopedia.com/manage-product?keyword=keripik%20tempe',
      'https://SELLER.Tokopedia.com/manage-product#top',
    ],
    shop: [
      'https://www.tokopedia.com/batiksaripekalongan',
      'https://www.tokopedia.com/batiksaripekalongan/',
      'https://tokopedia.com/kopi-kintamani-bali',
      'https://www.tokopedia.com/keripiksanjaibukittinggi?source=universe',
      'https://www.tokopedia.com/tenunsongketpalembang/etalase/songket-lepus',
      'https://www.tokopedia.com/batiksaripekalongan/product?q=kemeja',
      'https://www.tokopedia.com/kopi-kintamani-bali/review',
    ],
    search: [
      'https://www.tokopedia.com/search?st=product&q=batik%20tulis%20pekalongan',
      'https://www.tokopedia.com/search?q=keripik+balado&st=product&page=2',
      'https://tokopedia.com/search?q=kopi%20gayo',
      'https://www.tokopedia.com/p/fashion-pria/batik-pria/kemeja-batik-pria',
      'https://www.tokopedia.com/p/makanan-minuman/minuman/kopi?page=2&ob=5',
      'https://www.tokopedia.com/find/tenun-ikat-sumba',
      'https://www.tokopedia.com/find/keripik-talas-bogor?page=1',
    ],
    product: [
      'https://www.tokopedia.com/batiksaripekalongan/kemeja-batik-tulis-pekalongan-motif-jlamprang-lengan-panjang',
      'https://www.tokopedia.com/kopi-kintamani-bali/kopi-arabika-kintamani-250-gram-biji-1264758392',
      'https://tokopedia.com/keripiksanjaibukittinggi/keripik-sanjai-balado-500gr',
      'https://www.tokopedia.com/tenunsongketpalembang/kain-songket-palembang-benang-emas-1283746501?extParam=ivf%3Dfalse',
      'https://www.tokopedia.com/batiksaripekalongan/kain-batik-cap-motif-parang-2-meter/',
      'https://www.tokopedia.com/rendangukuminang/rendang-daging-sapi-padang-500-gram#ulasan',
    ],
  },
  negatives: [
    'https://www.tokopedia.com/',
    'https://tokopedia.com',
    'https://www.tokopedia.com/help',
    'https://www.tokopedia.com/help/article/cara-mengembalikan-barang',
    'https://www.tokopedia.com/login?ld=https%3A%2F%2Fwww.tokopedia.com%2F',
    'https://www.tokopedia.com/cart',
    'https://www.tokopedia.com/cart/shipment',
    'https://www.tokopedia.com/order-list',
    'https://www.tokopedia.com/discovery/bangga-buatan-indonesia',
    'https://www.tokopedia.com/promo/gratis-ongkir',
    'https://www.tokopedia.com/search',
    'https://www.tokopedia.com/robots.txt',
    'https://seller.tokopedia.com/',
    'https://seller.tokopedia.com/home',
    'https://seller.tokopedia.com/chat',
    'https://seller.tokopedia.com/settings/power-merchant',
    'https://seller.tokopedia.com/shop/admin',
    'https://seller.tokopedia.com/som?filter=new_order',
  ],
};
