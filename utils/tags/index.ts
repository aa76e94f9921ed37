/**
 * Tag suggestions for a listing: pure, no browser and no DOM. Reads the listing once (analysis/),
 * lets each rule propose tags (rules/), withholds local claims from imports (honesty.ts), then
 * ranks them and writes each in the marketplace's form (insert-form.ts).
 */
import type { Listing } from '../listing/listing';
import { analyse } from './analysis/analyse';
import { getIndex } from './compile/build-index';
import { importSignals as listingImportSignals, withoutLocalClaims } from './honesty';
import { insertFor, toHashtag } from './insert-form';
import { rank } from './rank';
import { giTags, withoutIndicationNames } from './rules/gi-tags';
import { marketTags } from './rules/market-tags';
import { originTags } from './rules/origin-tags';
import { productTags } from './rules/product-tags';
import { programmeTags } from './rules/programme-tags';
import type { SuggestOptions, TagReason, TagSuggestion } from './types';

export type { ReasonField, SuggestOptions, TagKind, TagNoteKey, TagReason, TagSuggestion } from './types';
export { buildIndex } from './compile/build-index';
export { lookupPlace, type PlaceMatch } from './lookup-place';

const DEFAULT_LIMIT = 10;

export function suggestTags(listing: Listing, options: SuggestOptions = {}): TagSuggestion[] {
  const marketplace = options.marketplace ?? listing.marketplace;
  const analysis = analyse(listing, getIndex());
  const candidates = [...giTags(analysis), ...originTags(analysis), ...productTags(analysis), ...marketTags(analysis), ...programmeTags(analysis, marketplace)];
  const honest = withoutLocalClaims(withoutIndicationNames(candidates, analysis), listingImportSignals(listing, analysis));
  const present = presentHashtags(listing);
  return rank(honest)
    .map(({ claimsLocal: _claimsLocal, naming: _naming, hashtag, ...tag }) => ({ ...tag, insert: insertFor(tag.label, marketplace, hashtag) }))
    .filter((tag) => !present.has(toHashtag(tag.insert).toLowerCase()))
    .slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT));
}

const HASHTAG = /#[\p{L}\p{N}_]+/gu;

/** Hashtags the listing already has, in its hashtag field or written in its text ("#BatikLasem"). */
function presentHashtags(listing: Listing): Set<string> {
  const written = `${listing.title} ${listing.description ?? ''}`.match(HASHTAG) ?? [];
  return new Set([...(listing.hashtags ?? []), ...written].map((tag) => toHashtag(tag).toLowerCase()));
}

/** The words that make the listing an import, which is why no local-product tag is offered (empty when none). */
export function importSignals(listing: Listing): TagReason[] {
  return listingImportSignals(listing, analyse(listing, getIndex()));
}
