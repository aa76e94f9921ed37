/** Each marketplace's profile, read from the marketplace registry (utils/marketplaces/<id>/profile.ts). */
import type { MarketplaceProfile, Threshold } from '../../marketplaces/profile-types';
import { MARKETPLACES } from '../../marketplaces/registry';
import type { MarketplaceId } from '../../marketplaces/types';
import type { Severity } from '../severity';

export type { MarketplaceProfile, Threshold } from '../../marketplaces/profile-types';

export const PROFILES: Readonly<Record<MarketplaceId, MarketplaceProfile>> = Object.fromEntries(
  MARKETPLACES.map((m) => [m.id, m.profile]),
) as Record<MarketplaceId, MarketplaceProfile>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };

/** The most severe threshold crossed (the strictest value among equals), or undefined. */
export function worstCrossed(thresholds: readonly Threshold[], crossed: (limit: number) => boolean): Threshold | undefined {
  let worst: Threshold | undefined;
  for (const threshold of thresholds) {
    if (!crossed(threshold.value)) continue;
    if (!worst || RANK[threshold.severity] < RANK[worst.severity]) worst = threshold;
  }
  return worst;
}
