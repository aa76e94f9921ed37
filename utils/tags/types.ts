/** The tag suggester's public shapes. */
import type { MarketplaceId } from '../marketplaces/types';

export const TAG_KINDS = ['product', 'material', 'technique', 'origin', 'gi', 'program', 'market'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export type ReasonField = 'title' | 'description' | 'origin' | 'category';

/** Words in the listing that support a tag; start/end are offsets into that field's original text. */
export interface TagReason {
  field: ReasonField;
  text: string;
  start: number;
  end: number;
  /** Import reasons only: the words are a foreign brand ("merek luar negeri"), not import words. */
  signal?: 'foreign-brand';
}

/**
 * Locale keys of notes shown with a tag (public/_locales): the GI note tells the seller to check
 * their right to use a registered name; the curated note says a channel tag does not enrol the shop.
 */
export type TagNoteKey = 'tags_gi_check_right' | 'tags_program_curated';

export interface TagSuggestion {
  /** Display label ("Batik Pekalongan"). */
  label: string;
  kind: TagKind;
  /** 0–1. */
  confidence: number;
  reason: TagReason[];
  /** What to insert on this marketplace: "#BatikPekalongan" on Shopee and TikTok Shop, "Batik Pekalongan" elsewhere. */
  insert: string;
  /** A registered Geographical Indication: the seller must check they may use the name. */
  requiresCheck?: true;
  noteKey?: TagNoteKey;
}

export interface SuggestOptions {
  /** At most this many suggestions (default 10). */
  limit?: number;
  /** Insert forms for this marketplace instead of the listing's own. */
  marketplace?: MarketplaceId;
  /** What the seller said about the shop in Rapi's settings: evidence for programme tags the listing may not repeat. */
  seller?: SellerProfile;
}

/** The seller's own statements about the shop (settings), never guessed. */
export interface SellerProfile {
  /** The shop is a micro, small or medium business: evidence for #UMKM. */
  umkm?: boolean;
  /** The shop makes what it sells in Indonesia: evidence for the local-product programme tags. */
  localProducer?: boolean;
}

/** How many hashtags the marketplace takes in a listing, how many it has and how many still fit. */
export interface HashtagRoom {
  limit: number;
  used: number;
  left: number;
}
