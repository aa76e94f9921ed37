/** Lazada Indonesia (sellercenter.lazada.co.id). Sources: marketplaces.md §1.3 and §2 "Lazada". */
import type { MarketplaceProfile } from '../profile-types';
import { AT_LEAST_ONE_PHOTO, JUBELIO_DESCRIPTION_MIN, PLAUSIBLE_MIN_PRICE_IDR } from '../common-limits';

/** GetProductContentScore, titleQuality / wordLength: "Suggest title length between 20 and 150." (§2). */
export const LAZADA_CONTENT = { titleMin: 20, titleMax: 150, imagesMin: 3 } as const;

export const lazada: MarketplaceProfile = {
  id: 'lazada',
  name: 'Lazada',
  title: {
    min: [{ value: LAZADA_CONTENT.titleMin, severity: 'warning' }],
    max: [{ value: LAZADA_CONTENT.titleMax, severity: 'warning' }],
    // "max length of Multi title ... can not exceed 255 bytes" (createproduct.json, §1.3).
    maxBytes: { value: 255, severity: 'error' },
    // The product API's error text refuses "^~<>| (createproduct.json, §1.3), but live Lazada titles
    // carry `|` between spec items and `"` as the inch mark: the seller centre's form accepts them
    // (marketplaces.md "Corrections"). So `"` and `|` are not flagged, and the rest is a tip for
    // sellers who upload through the API or a bulk tool.
    forbidden: { pattern: /[\^~<>]+/g, severity: 'tip', refusedBy: 'api' },
  },
  description: { min: [JUBELIO_DESCRIPTION_MIN], structure: 'tip' },
  // A minimum of 3 photos on the same seller-centre platform (Daraz doc, §1.3): UNCERTAIN for ID, so a warning.
  images: { min: [AT_LEAST_ONE_PHOTO, { value: LAZADA_CONTENT.imagesMin, severity: 'warning' }] },
  // ≤18 hashtags in the description (Jubelio, third party, §1.3): advice, so a tip.
  hashtags: { value: 18, severity: 'tip' },
  price: { plausibleMin: PLAUSIBLE_MIN_PRICE_IDR },
  // Video upload or YouTube link exists but is UNCERTAIN for ID (§1.3) and is not in the content score.
  video: null,
  stockLow: null,
  // Package weight (kg) plus L/W/H are required (Daraz doc, §1.3).
  weight: 'error',
  // The content score's documented indicators are title quality and images (§2).
  ownMentions: ['lazada'],
  ruleWeights: { 'title-too-short': 1.2, 'title-too-long': 1.2, 'images-too-few': 1.2 },
};
