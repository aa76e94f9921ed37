/**
 * A marketplace profile: the limits and weights the rules read. A limit is a list
 * of thresholds because marketplaces have both hard limits (the form refuses the
 * listing: `error`) and quality targets (their own score drops: `warning`); a number
 * we only know from third parties or by analogy is a `tip`. The rule reports the
 * most severe threshold the listing crosses.
 */
import type { RuleId } from '../quality/rule-ids';
import type { Severity } from '../quality/severity';
import type { MarketplaceId } from './types';

export interface Threshold {
  value: number;
  severity: Severity;
}

/**
 * A family of names sellers write for a marketplace ("tokped", "toko oren", tiktok.com/…) in a
 * listing's text (quality/detectors/marketplace-names.ts). Not a MarketplaceId: it names brands,
 * including ones Rapi does not support (Bukalapak, Zalora), and TikTok is one family whatever shop.
 */
export type MentionFamily = 'tokopedia' | 'tiktok' | 'shopee' | 'lazada' | 'bukalapak' | 'blibli' | 'other' | 'elsewhere';

export interface MarketplaceProfile<Id extends string = MarketplaceId> {
  id: Id;
  /** As sellers know it; the same in Indonesian and English. */
  name: string;
  title: {
    /** Fewer characters than `value` crosses the threshold. */
    min: readonly Threshold[];
    /** More characters than `value` crosses the threshold. */
    max: readonly Threshold[];
    /**
     * Cards and search results show the chosen variant after the name ("Sepatu Lari - Hitam, 42"),
     * so length and repetition rules judge the title without it (quality/text/seller-title.ts).
     */
    variantSuffix?: boolean;
    /** A limit counted in UTF-8 bytes rather than characters (Lazada). */
    maxBytes?: Threshold;
    /**
     * Characters the marketplace refuses in a title, and how bad that is. `api`: only its upload
     * API is documented to refuse them (the seller's own form accepts them), which the message says.
     */
    forbidden?: { pattern: RegExp; severity: Severity; refusedBy: 'form' | 'api' };
  };
  description: {
    min: readonly Threshold[];
    /** One image in the description counts instead of the minimum (Shopee); Rapi cannot see it, so the message says so. */
    imageCounts?: boolean;
    /** Severity of a long description with no line breaks or bullets; null: not judged. */
    structure: Severity | null;
  };
  images: { min: readonly Threshold[] };
  /** Hashtags in the description and the hashtag field together. */
  hashtags: Threshold;
  price: {
    /** The marketplace's own minimum, when known. */
    min?: number;
    /** At or below this, a made-to-order product's price is a placeholder (rules/price-bait.ts). */
    plausibleMin: number;
  };
  /** Severity of a missing video; null when the marketplace does not score video. */
  video: Severity | null;
  /** Stock under `value` (but above 0) crosses the threshold; null: not judged. */
  stockLow: Threshold | null;
  /** Severity of a weight field found empty. */
  weight: Severity;
  /** Name families that are this marketplace's own: a listing naming them is not pointing elsewhere. */
  ownMentions: readonly MentionFamily[];
  /** Multipliers (default 1) for rules this marketplace's own score weighs more or less. */
  ruleWeights: Partial<Record<RuleId, number>>;
}
