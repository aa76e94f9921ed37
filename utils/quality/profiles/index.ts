/** One profile per marketplace; the mapped type makes a missing one a compile error. */
import type { MarketplaceId } from '../../marketplaces/types';
import type { MarketplaceProfile, Threshold } from './types';
import { tokopedia } from './tokopedia';
import { tiktokTokopedia } from './tiktok-tokopedia';
import { shopee } from './shopee';
import { lazada } from './lazada';
import { blibli } from './blibli';
import type { Severity } from '../types';

export type { MarketplaceProfile, Threshold } from './types';

export const PROFILES: Readonly<Record<MarketplaceId, MarketplaceProfile>> = {
  tokopedia,
  'tiktok-tokopedia': tiktokTokopedia,
  shopee,
  lazada,
  blibli,
};

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
