/** Made-up limits, chosen so each one is easy to cross in a test. */
import { AT_LEAST_ONE_PHOTO, PLAUSIBLE_MIN_PRICE_IDR } from '../../../utils/marketplaces/common-limits';
import type { MarketplaceProfile } from '../../../utils/marketplaces/profile-types';

export const pasarContohProfile: MarketplaceProfile<'pasar-contoh'> = {
  id: 'pasar-contoh',
  name: 'Pasar Contoh',
  title: { min: [{ value: 12, severity: 'warning' }], max: [{ value: 40, severity: 'error' }] },
  description: { min: [{ value: 10, severity: 'tip' }], structure: null },
  images: { min: [AT_LEAST_ONE_PHOTO] },
  hashtags: { value: 3, severity: 'tip' },
  price: { plausibleMin: PLAUSIBLE_MIN_PRICE_IDR },
  video: null,
  stockLow: null,
  weight: 'tip',
  ownMentions: [],
  ruleWeights: {},
};
