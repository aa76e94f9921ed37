/**
 * Blibli: seller centre "MTA" (seller.blibli.com, marketplaces.md §1.6) and the public site
 * (www.blibli.com, §5.1 "Public (buyer-side) URL patterns").
 */
import { byHost } from '../by-host';
import type { MarketplaceDetector, PageKind } from '../types';

const SELLER_HOST = 'seller.blibli.com';
const PUBLIC_HOST = 'www.blibli.com';

/** SKU / merchant codes: upper-case groups joined by hyphens (`TIS-60123-00017`, `PTD-60083`). */
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/i;

/**
 * UNVERIFIED: marketplaces.md has a gap here. It documents only `/MTA/store-info/store-info`,
 * `/backend/chat` and `/api-integration/client-manager` on seller.blibli.com, and no product
 * pages. So the detector accepts a small family around `/MTA/product/…`, the same prefix the
 * fixture uses. Check it against a real MTA session before relying on it.
 */
function detectSeller(segs: string[]): PageKind | null {
  if (segs[0] !== 'mta' || segs[1] !== 'product') return null;
  const [, , action, id] = segs;
  if ((action === 'create' || action === 'add') && segs.length === 3) return 'listing-editor';
  if (action === 'edit' && segs.length === 4 && CODE.test(id ?? '')) return 'listing-editor';
  if ((action === 'list' && segs.length <= 4) || (action === 'manage' && segs.length === 3)) return 'product-list';
  return null;
}

function detectPublic(segs: string[]): PageKind | null {
  const [first, second, third] = segs;
  // §5.1 product: `/p/{slug}/ps--{SKU}` (e.g. `ps--GAD-60042-00064`); `is--{SKU}` is the item-SKU form.
  if (first === 'p') {
    const sku = /^(?:ps|is)--(.+)$/i.exec(third ?? '')?.[1];
    return segs.length === 3 && sku && CODE.test(sku) ? 'product' : null;
  }
  // §5.1 store: `/merchant/{slug}/{CODE}` (e.g. `/merchant/pixy-store/PTD-60083`).
  if (first === 'merchant') return segs.length === 3 && second && CODE.test(third ?? '') ? 'shop' : null;
  // Search results `/cari/{keyword}`; category listings `/c/{level}/{slug}/{code}/{id}` or `/c/{slug}/{id}`.
  if (first === 'cari') return segs.length === 2 ? 'search' : null;
  if (first === 'c') return segs.length >= 2 ? 'search' : null;
  return null;
}

export const blibliDetector: MarketplaceDetector = {
  id: 'blibli',
  hosts: [SELLER_HOST, PUBLIC_HOST],
  detect: byHost({ host: SELLER_HOST, detect: detectSeller }, { hosts: [PUBLIC_HOST], detect: detectPublic }),
  examples: {
    'listing-editor': [
      'https://seller.blibli.com/MTA/product/create',
      'https://seller.blibli.com/MTA/product/create/',
      'https://seller.blibli.com/MTA/product/add?source=dashboard',
      'https://seller.blibli.com/MTA/product/edit/TIS-60123-00017',
      'https://seller.blibli.com/MTA/product/edit/TIS-60123-00017-00001?tab=info',
      'https://seller.blibli.com/mta/product/create#info-produk',
    ],
    'product-list': [
      'https://seller.blibli.com/MTA/product/list',
      'https://seller.blibli.com/MTA/product/list/',
      'https://seller.blibli.com/MTA/product/list?status=active',
      'https://seller.blibli.com/MTA/product/list?page=2&size=50',
      'https://seller.blibli.com/MTA/product/list/active',
      'https://seller.blibli.com/MTA/product/manage',
    ],
    shop: [
      'https://www.blibli.com/merchant/tenun-ikat-sikka-official/TIS-60123',
      'https://www.blibli.com/merchant/tenun-ikat-sikka-official/TIS-60123/',
      'https://www.blibli.com/merchant/pixy-store/PTD-60083',
      'https://www.blibli.com/merchant/kopi-flores-bajawa/KFB-60211?page=2',
      'https://www.blibli.com/merchant/batik-danar-hadi-solo/BDH-60045?pickupPointCode=PP-3001234',
      'https://www.blibli.com/merchant/keripik-pisang-lampung/KPL-70001?sort=7#produk',
    ],
    search: [
      'https://www.blibli.com/cari/tenun%20ikat',
      'https://www.blibli.com/cari/kopi%20flores%20bajawa?page=2',
      'https://www.blibli.com/cari/keripik-pisang/',
      'https://www.blibli.com/c/handphone-tablet/54593',
      'https://www.blibli.com/c/3/samsung/SA-1000110/54593?page=1&start=0&category=SA-1000110',
      'https://www.blibli.com/c/2/perlengkapan-elektronik-dapur/PE-1000017/54650',
    ],
    product: [
      'https://www.blibli.com/p/kain-tenun-ikat-sikka-motif-mawarani-pewarna-alami/ps--TIS-60123-00017',
      'https://www.blibli.com/p/kain-tenun-ikat-sikka-motif-mawarani-pewarna-alami/is--TIS-60123-00017-00001',
      'https://www.blibli.com/p/kopi-arabika-flores-bajawa-200-gr/ps--KFB-60211-00003?ds=KFB-60211-00003-00001',
      'https://www.blibli.com/p/kemeja-batik-tulis-solo-lengan-panjang/ps--BDH-60045-00128/',
      'https://www.blibli.com/p/keripik-pisang-cokelat-lampung-250-gr/is--KPL-70001-00009-00001?pickupPointCode=PP-3001234',
      'https://www.blibli.com/p/samsung-galaxy-a55/ps--GAD-60042-00064#spesifikasi',
    ],
  },
  negatives: [
    'https://www.blibli.com/',
    'https://www.blibli.com/cart',
    'https://www.blibli.com/checkout',
    'https://www.blibli.com/login',
    'https://www.blibli.com/member/profile',
    'https://www.blibli.com/member/order',
    'https://www.blibli.com/faq',
    'https://www.blibli.com/promosi/gratis-ongkir',
    'https://www.blibli.com/brand/miyako',
    'https://www.blibli.com/cari',
    'https://seller.blibli.com/',
    'https://seller.blibli.com/MTA/store-info/store-info',
    'https://seller.blibli.com/backend/chat',
    'https://seller.blibli.com/api-integration/client-manager',
    'https://seller.blibli.com/MTA/order/list',
    'https://seller.blibli.com/MTA/dashboard',
    'https://seller.blibli.com/sign-in',
  ],
};
