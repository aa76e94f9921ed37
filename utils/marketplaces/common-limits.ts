/**
 * Numbers that hold on every marketplace, with their sources in
 * /work/shared/design/marketplaces.md (section numbers below refer to it).
 */
import type { Threshold } from './profile-types';

/**
 * No marketplace in §1 accepts a product without a photo: Shopee's image limit is
 * 1–9 (§1.2), TikTok's 1–9 (§1.4), Bukalapak's 1–5 (§1.5), Lazada's platform asks
 * for 3 (§1.3). Tokopedia and Blibli have no figure there; this is that inference.
 */
export const AT_LEAST_ONE_PHOTO: Threshold = { value: 1, severity: 'error' };

/**
 * Jubelio's cross-marketplace description guidance: 30–3000 characters (§6 and
 * §3.1, third party). Used where a marketplace has no figure of its own.
 */
export const JUBELIO_DESCRIPTION_MIN: Threshold = { value: 30, severity: 'warning' };

/**
 * Jubelio: at most 18 hashtags on Lazada (Shopee says the same), "≤5 elsewhere" (§1.3, §6).
 * Third-party advice, not a rule the marketplace enforces: a tip.
 */
export const JUBELIO_HASHTAGS_ELSEWHERE: Threshold = { value: 5, severity: 'tip' };

/**
 * Our judgement, not a marketplace number: at or below Rp1.000 a made-to-order product ("custom",
 * "sesuai pesanan") shows a placeholder, not its price (rules/price-bait.ts). A low price alone is
 * not bait: small goods really sell for Rp500–Rp1.000 on live listings.
 */
export const PLAUSIBLE_MIN_PRICE_IDR = 1_000;
