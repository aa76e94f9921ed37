/**
 * Every marketplace Rapi supports, in one list. Bukalapak is absent on purpose: it closed its
 * physical-goods marketplace in 2025 (marketplaces.md intro), so there is nothing to help with.
 */
import type { MarketplaceDetector, MarketplaceId } from './types';
import { tokopediaDetector } from './tokopedia/detect';
import { tiktokTokopediaDetector } from './tiktok-tokopedia/detect';
import { shopeeDetector } from './shopee/detect';
import { lazadaDetector } from './lazada/detect';
import { blibliDetector } from './blibli/detect';

export const DETECTORS: readonly MarketplaceDetector[] = [
  tokopediaDetector,
  tiktokTokopediaDetector,
  shopeeDetector,
  lazadaDetector,
  blibliDetector,
];

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
