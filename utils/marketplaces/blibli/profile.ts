/**
 * Blibli (seller.blibli.com). marketplaces.md §1.6 found no first-party limits (a gap),
 * so every number here is cross-marketplace common ground and UNCERTAIN for Blibli.
 * Thresholds borrowed by analogy are tips, so the seller is not told Blibli demands them.
 */
import type { MarketplaceProfile } from '../profile-types';
import { AT_LEAST_ONE_PHOTO, JUBELIO_DESCRIPTION_MIN, JUBELIO_HASHTAGS_ELSEWHERE, PLAUSIBLE_MIN_PRICE_IDR } from '../common-limits';

export const blibli: MarketplaceProfile = {
  id: 'blibli',
  name: 'Blibli',
  title: {
    // 25 is the floor Shopee and TikTok share (§1.2, §1.4); UNCERTAIN for Blibli.
    min: [{ value: 25, severity: 'tip' }],
    max: [],
  },
  description: { min: [JUBELIO_DESCRIPTION_MIN], structure: 'tip' },
  images: { min: [AT_LEAST_ONE_PHOTO, { value: 3, severity: 'tip' }] },
  hashtags: JUBELIO_HASHTAGS_ELSEWHERE,
  price: { plausibleMin: PLAUSIBLE_MIN_PRICE_IDR },
  video: null,
  stockLow: null,
  // Every other marketplace requires a weight for shipping (§1.1–1.5); UNCERTAIN for Blibli.
  weight: 'warning',
  ownMentions: ['blibli'],
  ruleWeights: {},
};
