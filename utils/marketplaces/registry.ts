/**
 * Every marketplace Rapi supports, in one list: each entry bundles its detector, editor and card
 * adapters, quality profile, tier model and tag form (`<id>/marketplace.ts`). Adding a marketplace
 * is one folder and one line here (README, "How to add a marketplace adapter"). Bukalapak is absent
 * on purpose: it closed its physical-goods marketplace in 2025 (marketplaces.md intro), so there is
 * nothing to help with.
 */
import { blibliMarketplace } from './blibli/marketplace';
import { lazadaMarketplace } from './lazada/marketplace';
import type { Marketplace } from './marketplace';
import { shopeeMarketplace } from './shopee/marketplace';
import { tiktokTokopediaMarketplace } from './tiktok-tokopedia/marketplace';
import { tokopediaMarketplace } from './tokopedia/marketplace';
import type { MarketplaceDetector, MarketplaceId, PageKind } from './types';
import { MARKETPLACE_IDS } from './types';

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
}

/**
 * A registry over any list of marketplaces. The product uses `MARKETPLACE_REGISTRY`; tests build
 * one with a fixture marketplace to show that a new one needs nothing outside its folder.
 */
export function withMarketplaces<Id extends string>(list: readonly Marketplace<Id>[]): MarketplaceRegistry<Id> {
  const byId = new Map(list.map((marketplace) => [marketplace.id, marketplace]));
  return {
    list,
    get(id) {
      const marketplace = byId.get(id);
      if (!marketplace) throw new Error(`No marketplace "${id}"`);
      return marketplace;
    },
    detectPage(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return null;
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
      const host = parsed.hostname.toLowerCase();
      const marketplace = list.find((m) => m.detector.hosts.includes(host));
      if (!marketplace) return null;
      const kind = marketplace.detector.detect(parsed);
      return kind ? { marketplace: marketplace.id, kind } : null;
    },
    hosts: list.flatMap((m) => m.detector.hosts),
  };
}

export const MARKETPLACE_REGISTRY: MarketplaceRegistry = withMarketplaces(MARKETPLACES);

// The zod enum messages are parsed with (types.ts) and this list must name the same marketplaces.
if (MARKETPLACES.length !== MARKETPLACE_IDS.length || MARKETPLACE_IDS.some((id) => !MARKETPLACES.some((m) => m.id === id))) {
  throw new Error('MARKETPLACE_IDS and the registry disagree');
}

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
