/**
 * TikTok Shop by Tokopedia: the merged seller centre at seller-id.tokopedia.com (marketplaces.md
 * intro: it replaces seller-id.tiktok.com). It is a seller centre only, so it has just the two
 * dashboard page kinds; buyers shop on www.tokopedia.com (the `tokopedia` detector).
 */
import type { MarketplaceDetector, PageKind } from '../types';

const HOST = 'seller-id.tokopedia.com';

export const tiktokTokopediaDetector: MarketplaceDetector = {
  id: 'tiktok-tokopedia',
  hosts: [HOST],
  detect(url): PageKind | null {
    if (url.hostname.toLowerCase() !== HOST) return null;
    const segs = url.pathname.split('/').filter(Boolean).map((s) => s.toLowerCase());
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
  },
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
    'https://seller-id.tokopedia.com/settings/account',
  ],
};
