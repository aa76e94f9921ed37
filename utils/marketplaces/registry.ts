/**
 * Every marketplace Rapi supports, in one list: each entry bundles its detector, editor and card
 * adapters, quality profile, tier model and tag form (`<id>/marketplace.ts`). Adding a marketplace
 * is one folder and its entry here (README, "How to add a marketplace adapter"). Bukalapak is absent
 * on purpose: it closed its physical-goods marketplace in 2025 (marketplaces.md intro), so there is
 * nothing to help with.
 */
import { blibliMarketplace } from './blibli/marketplace';
import { lazadaMarketplace } from './lazada/marketplace';
import type { Marketplace } from './marketplace';
import { shopeeMarketplace } from './shopee/marketplace';
import { tiktokTokopediaMarketplace } from './tiktok-tokopedia/marketplace';
import { tokopediaMarketplace } from './tokopedia/marketplace';
import { detectWith } from './detectors';
import type { MarketplaceDetector, MarketplaceId, PageKind } from './types';

export const MARKETPLACES: readonly Marketplace[] = [
  tokopediaMarketplace,
  tiktokTokopediaMarketplace,
  shopeeMarketplace,
  lazadaMarketplace,
  blibliMarketplace,
];

export interface MarketplaceRegistry<Id extends string = MarketplaceId> {
  readonly list: readonly Marketplace<Id>[];
  /** The marketplace with this id; throws on an id not in the list (a bug upstream). */
  get(id: Id): Marketplace<Id>;
  /** Which marketplace and page kind a URL is, or null. Pure: no DOM, no browser APIs. */
  detectPage(url: string): { marketplace: Id; kind: PageKind } | null;
  /** Every host any marketplace owns (each host belongs to exactly one marketplace). */
  readonly hosts: readonly string[];
  /** Judges a listing whose id is not in the list (a bug upstream) instead of throwing at the seller. */
  readonly fallback: Marketplace<Id>;
}

/**
 * A registry over any list of marketplaces. The product uses `MARKETPLACE_REGISTRY`; tests build
 * one with a fixture marketplace to show that a new one needs nothing outside its folder.
 */
export function withMarketplaces<Id extends string>(list: readonly Marketplace<Id>[], fallbackId?: Id): MarketplaceRegistry<Id> {
  const byId = new Map(list.map((marketplace) => [marketplace.id, marketplace]));
  // Without a fallback named, the first marketplace judges unknown ids.
  const fallback = fallbackId === undefined ? list[0] : byId.get(fallbackId);
  if (!fallback) throw new Error(`No marketplace "${fallbackId}" to fall back on`);
  return {
    list,
    fallback,
    get(id) {
      const marketplace = byId.get(id);
      if (!marketplace) throw new Error(`No marketplace "${id}"`);
      return marketplace;
    },
    detectPage: (url) =>
      detectWith(
        list.map((m) => m.detector),
        url,
      ),
    hosts: list.flatMap((m) => m.detector.hosts),
  };
}

// MARKETPLACE_IDS (types.ts, the zod enum messages are parsed with) must name the same marketplaces
// as this list: registry.test.ts checks it. Pure, so bundles that only detect pages drop it.
// Blibli's profile is the one built from cross-marketplace common ground (blibli/profile.ts), so an
// unknown id is judged by it.
export const MARKETPLACE_REGISTRY: MarketplaceRegistry = /* @__PURE__ */ withMarketplaces(MARKETPLACES, 'blibli');

export { detectWith } from './detectors';

/**
 * The detectors, in the registry's order. Code that only detects pages (popup, manifest, content
 * scripts) reads them from here too: the whole registry is about 10 KB gzipped, about the same as
 * the editor selectors a content script needs anyway, so a second list to save bytes is not worth
 * the chance of forgetting one.
 */
export const DETECTORS: readonly MarketplaceDetector[] = MARKETPLACES.map((m) => m.detector);

export function detectorFor(id: MarketplaceId): MarketplaceDetector {
  return MARKETPLACE_REGISTRY.get(id).detector;
}

/** Every host any marketplace owns (each host belongs to exactly one marketplace). */
export const MARKETPLACE_HOSTS: readonly string[] = MARKETPLACE_REGISTRY.hosts;

/** `https://<host>/*` for every host: the manifest's host_permissions and content-script matches. */
export function hostMatchPatterns(): string[] {
  return MARKETPLACE_HOSTS.map((host) => `https://${host}/*`);
}
