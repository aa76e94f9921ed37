/** The marketplace's own quality measure, as Rapi estimates it, in words. */
import { t, type Language } from '../../utils/i18n';
import type { MarketplaceTier } from '../../utils/quality';

export function tierLabel(language: Language, tier: MarketplaceTier | null): string | undefined {
  if (!tier) return undefined;
  switch (tier.kind) {
    case 'shopee-quality-level':
      return t(language, 'tier_shopee', t(language, `tier_shopee_${tier.level.toLowerCase()}` as 'tier_shopee_qualified'));
    case 'lazada-content-score':
      return t(language, 'tier_lazada', String(tier.score), String(tier.total));
    case 'tiktok-diagnosis':
      return t(language, 'tier_tiktok', String(tier.codes.length));
    case 'tokopedia-product-score':
      return t(language, 'tier_tokopedia', String(tier.score));
  }
}
