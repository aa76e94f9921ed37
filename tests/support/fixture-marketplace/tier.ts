/** A made-up tier: Pasar Contoh "scores" a listing by how many photos it has, out of 4. */
import type { TierEstimator } from '../../../utils/marketplaces/marketplace';

export const pasarContohTier: TierEstimator = ({ listing }) => ({
  kind: 'lazada-content-score',
  score: Math.min(listing.imageCount ?? 0, 4),
  total: 4,
  unknown: listing.imageCount === undefined ? ['imageCount'] : [],
});
