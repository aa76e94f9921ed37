/**
 * The part of a title the seller wrote. Tokopedia's cards and search results show the chosen
 * variant after the name ("Sepatu Lari Pria - Hitam, 42"), so a title read from those pages is
 * longer, and may repeat a word, through no fault of the seller (real-listings README). Length and
 * repetition rules judge the title without that suffix; a suffix the seller typed themselves is
 * short too, so leaving it out only makes those rules more lenient, never harsher.
 */
import type { MarketplaceProfile } from '../../marketplaces/profile-types';

/** Only whether the marketplace appends the variant matters here (`variantSuffix`, Tokopedia). */
export type TitleProfile = { title: Pick<MarketplaceProfile['title'], 'variantSuffix'> };

/**
 * No marketplace accepts a title over 255 characters (title-too-long says so). Title rules that
 * compare words or scan for symbols read only this much, which keeps them cheap on a pasted
 * 100 KB text; offsets stay those of the full title, since the cut is at the end.
 */
export const TITLE_READ_LIMIT = 1_000;

/** " - " then at most 30 characters with no further " - ": "Hitam, 42", "MX Keys Mini", "M2 -10Core, 256GB". */
// Stryker disable all: a pattern built once at import, a static mutant (see ignoreStatic in stryker.config.mjs); pinned by the examples in seller-title.test.ts
const SUFFIX = /\s[-–]\s((?:(?!\s[-–]\s)[^\n]){1,30})$/u;
const MAX_SUFFIX_WORDS = 4;
// Stryker restore all

export function variantSuffixStart(title: string, profile: TitleProfile): number | undefined {
  if (!profile.title.variantSuffix) return undefined;
  const trimmed = title.trimEnd();
  const match = SUFFIX.exec(trimmed);
  if (!match) return undefined;
  const suffix = match[1]!;
  // "Level 1, level 2" is how Tokopedia writes a two-level variant; otherwise only a short label.
  const looksLikeVariant = suffix.includes(',') || suffix.trim().split(/\s+/).length <= MAX_SUFFIX_WORDS;
  // Something must remain: "Kaos - Hitam" keeps the whole title.
  return looksLikeVariant && match.index >= 15 ? match.index : undefined;
}

/** The title without an appended variant (where the profile says cards append one); otherwise the title itself. */
export function sellerTitle(title: string, profile: TitleProfile): string {
  const start = variantSuffixStart(title, profile);
  // Stryker disable next-line ConditionalExpression: slice(0, undefined) is the whole title too; the test says what is meant
  return start === undefined ? title : title.slice(0, start);
}
