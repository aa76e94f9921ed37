/**
 * The contract every marketplace module fulfils. Detection is pure: a URL in,
 * a page kind out, no DOM and no browser APIs, so it is unit-tested in Node and
 * can run before the page has rendered anything.
 */
// zod/mini: the content script detects pages with these (issue 15: 50 KB gzipped); classic schemas embed them as they are.
import * as z from 'zod/mini';

export const MARKETPLACE_IDS = ['tokopedia', 'tiktok-tokopedia', 'shopee', 'lazada', 'blibli'] as const;
export const MarketplaceIdSchema = z.enum(MARKETPLACE_IDS);
export type MarketplaceId = z.infer<typeof MarketplaceIdSchema>;

export const PAGE_KINDS = ['listing-editor', 'product-list', 'shop', 'search', 'product'] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

export const PageMatchSchema = z.object({ marketplace: MarketplaceIdSchema, kind: PageKindSchema });
export type PageMatch = z.infer<typeof PageMatchSchema>;

export interface MarketplaceDetector<Id extends string = MarketplaceId> {
  id: Id;
  /** Host names this marketplace owns; the manifest's host permissions are built from these. */
  hosts: readonly string[];
  /** Which page kind this URL is on this marketplace, or null when it is not one Rapi helps with. */
  detect(url: URL): PageKind | null;
  /** Example URLs per page kind the marketplace has (at least five each); the matrix test checks them all. */
  examples: Partial<Record<PageKind, readonly string[]>>;
  /** Ordinary pages on the marketplace's hosts (home, help, login, cart, orders…) that must not be claimed. */
  negatives: readonly string[];
}
