/**
 * Lazada Indonesia: Seller Center (sellercenter.lazada.co.id) and the public site (www.lazada.co.id).
 * URL facts: marketplaces.md §5.1 (Seller Centre table + "Public (buyer-side) URL patterns").
 */
import { byHost } from '../by-host';
import type { MarketplaceDetector, PageKind } from '../types';

const SELLER_HOST = 'sellercenter.lazada.co.id';
const PUBLIC_HOST = 'www.lazada.co.id';

/** §5.1 product: `/products/{slug}-i{itemId}-s{skuId}.html`, or `/products/pdp-i{itemId}.html`. */
const PRODUCT_FILE = /^(?:[a-z0-9-]+-)?i\d+(?:-s\d+)?\.html$/i;
/** §5.1 shop: `/shop/{name}`; names are lower-case slugs (`keramik-dinoyo-malang`). */
const SHOP_NAME = /^[a-z0-9][a-z0-9._-]*$/i;
/**
 * Category pages. Not in marketplaces.md: Lazada ID names its category listings `/beli-{category}/`
 * (other Lazada countries use `/shop-{category}/`), optionally with a brand segment
 * (`/beli-handphone/samsung/`), as seen in many public scrapers and Lazada's own blog links. No other
 * top-level page on www.lazada.co.id starts with `beli-`, so the prefix is a safe discriminator.
 */
const CATEGORY = /^beli-[a-z0-9-]+$/i;

function detectSeller(segs: string[]): PageKind | null {
  if (segs.length !== 3 || segs[0] !== 'apps' || segs[1] !== 'product') return null;
  // §5.1 add `/apps/product/publish`, edit `/apps/product/publish?productId={id}`; also seen
  // `/apps/product/edit?ItemId={id}`. Both are the same product form.
  if (segs[2] === 'publish' || segs[2] === 'edit') return 'listing-editor';
  // §5.1 list `/apps/product/list?tab=online_product` (`&pageSize=200`).
  if (segs[2] === 'list') return 'product-list';
  return null;
}

function detectPublic(segs: string[], url: URL): PageKind | null {
  const [first, second] = segs;
  const lower = first?.toLowerCase();
  if (lower === 'products') return segs.length === 2 && PRODUCT_FILE.test(second ?? '') ? 'product' : null;
  if (lower === 'shop') return segs.length === 2 && SHOP_NAME.test(second ?? '') ? 'shop' : null;
  // Search results `/catalog/?q=…` need a keyword; tag pages `/tag/{keyword}/` are SEO search pages.
  if (lower === 'catalog') return segs.length === 1 && url.searchParams.get('q')?.trim() ? 'search' : null;
  if (lower === 'tag') return segs.length === 2 ? 'search' : null;
  if (first && CATEGORY.test(first) && segs.length <= 2) return 'search';
  return null;
}

export const lazadaDetector: MarketplaceDetector = {
  id: 'lazada',
  hosts: [SELLER_HOST, PUBLIC_HOST],
  detect: byHost({ host: SELLER_HOST, detect: detectSeller }, { hosts: [PUBLIC_HOST], detect: detectPublic }),
  examples: {
    'listing-editor': [
      'https://sellercenter.lazada.co.id/apps/product/publish',
      'https://sellercenter.lazada.co.id/apps/product/publish/',
      'https://sellercenter.lazada.co.id/apps/product/publish?productId=7654321098',
      'https://sellercenter.lazada.co.id/apps/product/publish?productId=7654321098&tab=basic#description',
      'https://sellercenter.lazada.co.id/apps/product/edit?ItemId=7654321098',
      'https://sellercenter.lazada.co.id/apps/product/publish?spm=a1zawg.sc_home.product.add',
    ],
    'product-list': [
      'https://sellercenter.lazada.co.id/apps/product/list?tab=online_product',
      'https://sellercenter.lazada.co.id/apps/product/list?tab=online_product&pageSize=200',
      'https://sellercenter.lazada.co.id/apps/product/list',
      'https://sellercenter.lazada.co.id/apps/product/list/',
      'https://sellercenter.lazada.co.id/apps/product/list?tab=draft',
      'https://sellercenter.lazada.co.id/apps/product/list?tab=all&keyword=keramik#top',
    ],
    shop: [
      'https://www.lazada.co.id/shop/keramik-dinoyo-malang/',
      'https://www.lazada.co.id/shop/keramik-dinoyo-malang',
      'https://www.lazada.co.id/shop/kopi-toraja-sapan/?path=index.htm&lang=id',
      'https://www.lazada.co.id/shop/tenun-troso-jepara/?q=All-Products&from=wangpu&langFlag=id&pageTypeId=2',
      'https://www.lazada.co.id/shop/batik-keris-official/',
      'https://www.lazada.co.id/shop/keripik-kentang-balado-bukittinggi/?spm=a2o4j.pdp_revamp.seller.1.1a2b3c',
    ],
    search: [
      'https://www.lazada.co.id/catalog/?q=keramik+dinoyo',
      'https://www.lazada.co.id/catalog/?q=kopi%20toraja&_keyori=ss&from=input',
      'https://www.lazada.co.id/catalog?q=batik+tulis&page=2',
      'https://www.lazada.co.id/tag/kain-tenun-troso/',
      'https://www.lazada.co.id/tag/keripik-singkong/?page=2',
      'https://www.lazada.co.id/beli-kemeja-batik-pria/',
      'https://www.lazada.co.id/beli-handphone/samsung/?page=2',
    ],
    product: [
      'https://www.lazada.co.id/products/vas-bunga-keramik-dinoyo-motif-batik-malangan-i7654321098-s12345678901.html',
      'https://www.lazada.co.id/products/pdp-i7654321098.html',
      'https://www.lazada.co.id/products/kopi-arabika-toraja-sapan-250-gr-i8123456789-s9876543210.html?spm=a2o4j.searchlist.list.1',
      'https://www.lazada.co.id/products/kain-tenun-troso-jepara-motif-ikat-i6543210987.html',
      'https://www.lazada.co.id/products/keripik-kentang-balado-khas-bukittinggi-500gr-i5432109876-s7654321098.html#reviews',
      'https://www.lazada.co.id/products/kemeja-batik-pria-lengan-pendek-i4321098765-s6543210987.html?search=1&mp=1',
    ],
  },
  negatives: [
    'https://www.lazada.co.id/',
    'https://www.lazada.co.id/helpcenter/',
    'https://www.lazada.co.id/customer/account/login/',
    'https://www.lazada.co.id/customer/order/index/',
    'https://www.lazada.co.id/wow/gcp/id/megascenario/id/mega-sale',
    'https://www.lazada.co.id/catalog/',
    'https://www.lazada.co.id/lazmall/',
    'https://www.lazada.co.id/products/',
    'https://sellercenter.lazada.co.id/',
    'https://sellercenter.lazada.co.id/apps/seller/login',
    'https://sellercenter.lazada.co.id/apps/order/list?status=toship',
    'https://sellercenter.lazada.co.id/apps/im/chat',
    'https://sellercenter.lazada.co.id/apps/setting/account',
    'https://sellercenter.lazada.co.id/apps/promotion/home',
    'https://sellercenter.lazada.co.id/apps/finance/statement',
  ],
};
