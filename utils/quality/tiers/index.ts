/** The marketplace's own tier, estimated; Blibli publishes no per-listing score (marketplaces.md §2). */
import type { Finding, MarketplaceTier, RuleContext } from '../types';
import { shopeeTier } from './shopee';
import { tiktokTier } from './tiktok';
import { lazadaTier } from './lazada';
import { tokopediaTier } from './tokopedia';

export function estimateTier(ctx: RuleContext, findings: readonly Finding[]): MarketplaceTier | null {
  switch (ctx.marketplace) {
    case 'shopee':
      return shopeeTier(ctx);
    case 'tiktok-tokopedia':
      return tiktokTier(ctx);
    case 'lazada':
      return lazadaTier(ctx);
    case 'tokopedia':
      return tokopediaTier(ctx, findings);
    case 'blibli':
      return null;
  }
}
