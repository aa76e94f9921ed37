/**
 * Page detection alone: which marketplace and page kind a URL is. Its own module, apart from the
 * registry's full entries, so code that only detects pages (popup, manifest, context menu) does not
 * bundle profiles, tiers and adapters. Pure: no DOM, no browser APIs.
 */
import { blibliDetector } from './blibli/detect';
import { lazadaDetector } from './lazada/detect';
import { shopeeDetector } from './shopee/detect';
import { tiktokTokopediaDetector } from './tiktok-tokopedia/detect';
import { tokopediaDetector } from './tokopedia/detect';
import type { MarketplaceDetector, MarketplaceId, PageKind } from './types';

/**
 * The detectors of the registry's MARKETPLACES, in the same order (registry.test.ts checks), listed on their
 * own for code that only needs to know which page it is on.
 */
export const DETECTORS: readonly MarketplaceDetector[] = [
  tokopediaDetector,
  tiktokTokopediaDetector,
  shopeeDetector,
  lazadaDetector,
  blibliDetector,
];

/** Which marketplace and page kind a URL is, among these detectors, or null. */
export function detectWith<Id extends string>(
  detectors: readonly MarketplaceDetector<Id>[],
  url: string,
): { marketplace: Id; kind: PageKind } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  const detector = detectors.find((d) => d.hosts.includes(host));
  if (!detector) return null;
  const kind = detector.detect(parsed);
  return kind ? { marketplace: detector.id, kind } : null;
}

export function detectorFor(id: MarketplaceId): MarketplaceDetector {
  const detector = DETECTORS.find((d) => d.id === id);
  if (!detector) throw new Error(`No detector for marketplace "${id}"`);
  return detector;
}

/** Every host any marketplace owns (each host belongs to exactly one marketplace). */
export const MARKETPLACE_HOSTS: readonly string[] = DETECTORS.flatMap((d) => d.hosts);

/** `https://<host>/*` for every host: the manifest's host_permissions and content-script matches. */
export function hostMatchPatterns(): string[] {
  return MARKETPLACE_HOSTS.map((host) => `https://${host}/*`);
}
