/** TikTok Shop by Tokopedia (seller-id.tokopedia.com). Sources: marketplaces.md §1.4 and §2 "TikTok Shop". */
import type { MarketplaceProfile } from '../profile-types';
import { AT_LEAST_ONE_PHOTO, JUBELIO_HASHTAGS_ELSEWHERE, PLAUSIBLE_MIN_PRICE_IDR } from '../common-limits';

/** Product Information Issue Diagnosis thresholds (ProductInformationIssueDiagnosis.ts, §2). */
export const TIKTOK_DIAGNOSIS = {
  titleMinTen: 10, // TITLE_LESS_THAN_TEN_CHARS
  titleMinForty: 40, // TITLE_LESS_THAN_40_CHARACTERS
  descriptionMinFifty: 50, // DESC_LESS_THAN_FIFTY_CHARS
  descriptionMinFiveHundred: 500, // DESC_LESS_THAN_FIVE_HUNDRED_CHARS
  imagesMin: 5, // MAIN_IMG_NUMBER_LESS_THAN_FIVE
  stockMin: 5, // STOCK_LESS_THAN_FIVE
} as const;

export const tiktokTokopedia: MarketplaceProfile = {
  id: 'tiktok-tokopedia',
  name: 'TikTok Shop by Tokopedia',
  title: {
    min: [
      // "must have at least 25 characters and no more than 255" outside US/UK (CreateProduct.ts, §1.4).
      { value: 25, severity: 'error' },
      { value: TIKTOK_DIAGNOSIS.titleMinForty, severity: 'warning' },
    ],
    max: [{ value: 255, severity: 'error' }],
    // "No Chinese characters" in the product name (CreateProduct.ts, §1.4).
    forbidden: { pattern: /\p{Script=Han}+/gu, severity: 'error', refusedBy: 'form' },
  },
  description: {
    min: [
      { value: TIKTOK_DIAGNOSIS.descriptionMinFifty, severity: 'warning' },
      { value: TIKTOK_DIAGNOSIS.descriptionMinFiveHundred, severity: 'tip' },
    ],
    // DESC_NO_NEW_LINE is one of the diagnosis codes (§2).
    structure: 'warning',
  },
  // Main images 1–9 (CreateProduct.ts, §1.4); fewer than 5 is a diagnosis code (§2).
  images: { min: [AT_LEAST_ONE_PHOTO, { value: TIKTOK_DIAGNOSIS.imagesMin, severity: 'warning' }] },
  hashtags: JUBELIO_HASHTAGS_ELSEWHERE,
  // "minimum price is 100 and maximum price is 100 million" IDR (CreateProduct.ts, §1.4).
  price: { min: 100, plausibleMin: PLAUSIBLE_MIN_PRICE_IDR },
  // The Media Center takes video (§1.4); whether it is scored in ID is UNCERTAIN, hence a tip.
  video: 'tip',
  stockLow: { value: TIKTOK_DIAGNOSIS.stockMin, severity: 'warning' },
  // package_weight is required (CreateProduct.ts, §1.4).
  weight: 'error',
  // The diagnosis weighs description layout, image count and stock (§2).
  // Tokopedia and TikTok Shop are one company now (marketplaces.md, "Tokopedia + TikTok Shop merged").
  ownMentions: ['tokopedia', 'tiktok'],
  ruleWeights: { 'description-no-structure': 1.5, 'images-too-few': 1.5, 'stock-low': 1.5 },
};
