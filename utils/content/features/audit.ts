/**
 * The mentor's audit on shop, search and product-list pages; on a product page the
 * section says there is no product list to audit.
 */
import { startAuditFeatures } from '../audit-features';
import type { PageFeature } from './types';

export const auditFeature: PageFeature = {
  id: 'audit',
  kinds: ['shop', 'search', 'product-list', 'product'],
  reads: ['product-cards', 'shop-name'],
  shows: ['audit'],
  start: ({ doc, match, store }) => {
    const { dispose, ...actions } = startAuditFeatures(doc, match, store);
    return { actions, dispose };
  },
};
