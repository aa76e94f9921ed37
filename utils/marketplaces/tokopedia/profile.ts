/** Tokopedia (legacy seller.tokopedia.com). Sources: marketplaces.md §1.1 and §2 "Skor Produk". */
import type { MarketplaceProfile } from '../profile-types';
import { AT_LEAST_ONE_PHOTO, JUBELIO_DESCRIPTION_MIN, JUBELIO_HASHTAGS_ELSEWHERE, PLAUSIBLE_MIN_PRICE_IDR } from '../common-limits';

/**
 * Name ≥40 characters, "Nama/Jenis Produk + Merk + Keterangan" (everpro.id, third party,
 * UNCERTAIN), also the input of Skor Produk (UNCERTAIN). TikTok Shop by Tokopedia's own
 * diagnosis uses the same 40 (TITLE_LESS_THAN_40_CHARACTERS, §2). Borrowed or third-party: a tip.
 */
export const TOKOPEDIA_NAME_MIN = 40;
/**
 * Under 20 characters a title cannot hold brand, product type and model, the "Nama/Jenis Produk +
 * Merk + Keterangan" pattern above, and falls below even Lazada's 20 (§2) and TikTok Shop by
 * Tokopedia's hard minimum of 25 (§1.4): a warning. Live Tokopedia titles of 20–39 characters that
 * name brand and model ("Samsung Galaxy A16 5G 8/256GB") are common and fine, so no warning there.
 */
export const TOKOPEDIA_NAME_SHORT = 20;
/**
 * The legacy form and its API stop names at 70 (`productName[:70]`, pdcgo/tokopedia_lib, §1.1), so
 * a longer name cannot be typed there; but live cards show 71–96+ characters (listings moved to
 * TikTok Shop by Tokopedia follow its 25–255 limit, and cards append the variant). Not a limit
 * Rapi can hold a seller to (marketplaces.md "Corrections").
 */
export const TOKOPEDIA_NAME_LEGACY_MAX = 70;
/** TikTok Shop by Tokopedia, now the Tokopedia seller centre: "no more than 255" (CreateProduct.ts, §1.4). */
export const TOKOPEDIA_NAME_MAX = 255;
/**
 * Over 100 characters the search card cuts the name and buyers read only its start; 100 is
 * Shopee's own upper target (§2), used here by analogy, so a tip.
 */
export const TOKOPEDIA_NAME_LONG = 100;
/** At most 5 photos (pdcgo/tokopedia_lib image_handler.go, §1.1). */
export const TOKOPEDIA_PHOTOS_MAX = 5;

export const tokopedia: MarketplaceProfile = {
  id: 'tokopedia',
  name: 'Tokopedia',
  title: {
    // Tokopedia's cards and search results append the variant to the name (real-listings README).
    variantSuffix: true,
    min: [
      { value: TOKOPEDIA_NAME_MIN, severity: 'tip' },
      { value: TOKOPEDIA_NAME_SHORT, severity: 'warning' },
    ],
    // The form refuses more than 255 (an error, on the whole title); over 100 is advice (a tip, on the
    // seller's part only: the variant a card appends is not counted, text/seller-title.ts).
    max: [
      { value: TOKOPEDIA_NAME_LONG, severity: 'tip' },
      { value: TOKOPEDIA_NAME_MAX, severity: 'error' },
    ],
  },
  // Tokopedia's own 2000-character maximum is UNCERTAIN (§1.1) and the form enforces it. Under 30
  // characters (Jubelio, §6) a description tells the buyer nothing; the merged TikTok Shop by
  // Tokopedia's own diagnosis flags under 50 (DESC_LESS_THAN_FIFTY_CHARS, §2): a warning.
  description: { min: [JUBELIO_DESCRIPTION_MIN], structure: 'tip' },
  // No Tokopedia minimum in §1.1; 3 is Shopee's and Lazada's floor and leaves room under the 5-photo cap.
  images: { min: [AT_LEAST_ONE_PHOTO, { value: 3, severity: 'tip' }] },
  hashtags: JUBELIO_HASHTAGS_ELSEWHERE,
  // "Harga minimum produk adalah Rp 100" (Tokopedia's own form error, §1.1).
  price: { min: 100, plausibleMin: PLAUSIBLE_MIN_PRICE_IDR },
  video: null,
  // No Tokopedia figure; the merged TikTok Shop by Tokopedia flags stock under 5 (STOCK_LESS_THAN_FIVE, §2).
  stockLow: { value: 5, severity: 'tip' },
  // Weight is required, in GR or KG (hexatester/tokopedia create_product_v3.py, §1.1).
  weight: 'error',
  // Skor Produk is named for name, description and image completeness (§2, UNCERTAIN).
  // Tokopedia and TikTok Shop are one company now (marketplaces.md, "Tokopedia + TikTok Shop merged").
  ownMentions: ['tokopedia', 'tiktok'],
  ruleWeights: { 'title-too-short': 1.2, 'images-too-few': 1.2 },
};
