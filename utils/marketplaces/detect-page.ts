/**
 * Page detection: which marketplace and page kind a URL is, or null.
 * Pure (no DOM, no browser APIs) so it runs in Node tests and before the page renders.
 * Its own module (not the barrel) so card extraction can use it without importing itself back.
 */
import type { MarketplaceId, PageKind } from './types';
import { DETECTORS } from './registry';

export function detectPage(url: string): { marketplace: MarketplaceId; kind: PageKind } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  const detector = DETECTORS.find((d) => d.hosts.includes(host));
  if (!detector) return null;
  const kind = detector.detect(parsed);
  return kind ? { marketplace: detector.id, kind } : null;
}
