/**
 * Page detection: which marketplace and page kind a URL is, or null.
 * Pure (no DOM, no browser APIs) so it runs in Node tests and before the page renders.
 * Its own module (not the barrel) so card extraction can use it without importing itself back.
 */
import type { MarketplaceId, PageKind } from './types';
import { MARKETPLACE_REGISTRY } from './registry';

export function detectPage(url: string): { marketplace: MarketplaceId; kind: PageKind } | null {
  return MARKETPLACE_REGISTRY.detectPage(url);
}
