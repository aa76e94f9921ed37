/**
 * Where Rapi does something, and why not elsewhere. A product page is a buyer's page: Rapi
 * has nothing to check there (its cards are "related products", not a shop to audit), so
 * the side panel, the popup and the toolbar button say so instead of showing an empty panel.
 */
import type { PageKind, PageMatch } from '../marketplaces/types';

/** `not-marketplace`: another site (or a marketplace page Rapi could not read); `buyer-page`: a product page; `unknown-page`: a marketplace page of no kind Rapi knows. */
export type Inactive = 'not-marketplace' | 'buyer-page' | 'unknown-page';

const ACTIVE_KINDS: readonly PageKind[] = ['listing-editor', 'product-list', 'shop', 'search'];

export function isActivePage(match: PageMatch | null | undefined): match is PageMatch {
  return Boolean(match && ACTIVE_KINDS.includes(match.kind));
}

/**
 * Why Rapi does nothing on a page, or null when it works there. `onMarketplaceHost`: the tab is
 * on a marketplace's host (its URL is visible to Rapi), so an unmatched page there is one Rapi
 * does not know, not another site.
 */
export function whyInactive(match: PageMatch | null | undefined, onMarketplaceHost: boolean): Inactive | null {
  if (match && ACTIVE_KINDS.includes(match.kind)) return null;
  if (match?.kind === 'product') return 'buyer-page';
  return onMarketplaceHost ? 'unknown-page' : 'not-marketplace';
}
