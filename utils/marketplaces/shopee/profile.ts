/**
 * Shopee Indonesia. Limits are set per shop and category (get_item_limit, §1.2), so
 * these are the content-diagnosis targets (§2), which hold for every category.
 */
import type { MarketplaceProfile } from '../profile-types';
import { AT_LEAST_ONE_PHOTO, PLAUSIBLE_MIN_PRICE_IDR } from '../common-limits';

/** get_item_content_diagnosis_result suggestions (congminh1254/shopee-sdk product.ts, §1.2 and §2). */
export const SHOPEE_DIAGNOSIS = {
  nameMin: 25, // TOO_SHORT_OR_TOO_LONG_NAME: "Add characters for name to 25~100"
  nameMax: 100,
  descriptionMin: 100, // TOO_SHORT_DESCRIPTION: "Add at least 100 characters or 1 image for desc"
  imagesMin: 3, // TOO_FEW_IMAGES: "Add at least 3 images"
} as const;

export const shopee: MarketplaceProfile = {
  id: 'shopee',
  name: 'Shopee',
  title: {
    min: [{ value: SHOPEE_DIAGNOSIS.nameMin, severity: 'warning' }],
    // The hard maximum (said to be 255) is UNCERTAIN (§1.2); the form's counter enforces it.
    max: [{ value: SHOPEE_DIAGNOSIS.nameMax, severity: 'warning' }],
  },
  description: { min: [{ value: SHOPEE_DIAGNOSIS.descriptionMin, severity: 'warning' }], imageCounts: true, structure: 'tip' },
  images: { min: [AT_LEAST_ONE_PHOTO, { value: SHOPEE_DIAGNOSIS.imagesMin, severity: 'warning' }] },
  // "Jumlah tagar (hashtag) tidak boleh lebih dari 18": the form refuses it (error_desc_hash_tag_over_limit, §1.2).
  hashtags: { value: 18, severity: 'error' },
  // The price range is per category (get_item_limit, §1.2): only the plausibility check applies.
  price: { plausibleMin: PLAUSIBLE_MIN_PRICE_IDR },
  // LACK_OF_VIDEO: "Add video" (§2).
  video: 'tip',
  stockLow: null,
  // `weight` is required in add_item (§1.2).
  weight: 'error',
  ownMentions: ['shopee'],
  ruleWeights: { 'images-too-few': 1.5, 'description-too-short': 1.2, 'video-missing': 1.5 },
};
