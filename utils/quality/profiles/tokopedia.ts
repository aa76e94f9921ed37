/** Tokopedia (legacy seller.tokopedia.com). Sources: marketplaces.md §1.1 and §2 "Skor Produk". */
import type { MarketplaceProfile } from './types';
import { AT_LEAST_ONE_PHOTO, JUBELIO_DESCRIPTION_MIN, JUBELIO_HASHTAGS_ELSEWHERE, PLAUSIBLE_MIN_PRICE_IDR } from './common';

/**
 * Name ≥40 characters, "Nama/Jenis Produk + Merk + Keterangan" (everpro.id, third party,
 * UNCERTAIN), also the input of Skor Produk (UNCERTAIN). TikTok Shop by Tokopedia's own
 * diagnosis uses the same 40 (TITLE_LESS_THAN_40_CHARACTERS, §2).
 */
export const TOKOPEDIA_NAME_MIN = 40;
/** Uploaders cut names at 70: `productName[:70]` (pdcgo/tokopedia_lib, §1.1). */
export const TOKOPEDIA_NAME_MAX = 70;
/** At most 5 photos (pdcgo/tokopedia_lib image_handler.go, §1.1). */
export const TOKOPEDIA_PHOTOS_MAX = 5;

export const tokopedia: MarketplaceProfile = {
  id: 'tokopedia',
  name: 'Tokopedia',
  title: {
    min: [{ value: TOKOPEDIA_NAME_MIN, severity: 'warning' }],
    max: [{ value: TOKOPEDIA_NAME_MAX, severity: 'error' }],
  },
  // Tokopedia's own 2000-character maximum is UNCERTAIN (§1.1) and the form enforces it.
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
  ruleWeights: { 'title-too-short': 1.2, 'images-too-few': 1.2 },
};
