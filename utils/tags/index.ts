/**
 * Tag suggestions for a listing: pure, no browser and no DOM. Reads the listing once (analysis/),
 * lets each rule propose tags (rules/), withholds local claims from imports and foreign brands
 * (honesty.ts), then ranks them, keeps at most one programme tag among the first five, writes each
 * in the marketplace's form (insert-form.ts) and stops at the marketplace's hashtag limit.
 */
import type { Listing } from '../listing/listing';
import type { MarketplaceId } from '../marketplaces/types';
import { analyse } from './analysis/analyse';
import { getIndex } from './compile/build-index';
import { importSignals as listingImportSignals, withoutLocalClaims } from './honesty';
import { insertFor, toHashtag } from './insert-form';
import type { TagForm } from '../marketplaces/marketplace';
import { MARKETPLACE_REGISTRY } from '../marketplaces/registry';
import { rank } from './rank';
import type { Candidate } from './rules/candidate';
import { giTags, withoutIndicationNames } from './rules/gi-tags';
import { marketTags } from './rules/market-tags';
import { originTags } from './rules/origin-tags';
import { productTags } from './rules/product-tags';
import { programmeTags } from './rules/programme-tags';
import type { HashtagRoom, SuggestOptions, TagReason, TagSuggestion } from './types';

export type { HashtagRoom, ReasonField, SellerProfile, SuggestOptions, TagKind, TagNoteKey, TagReason, TagSuggestion } from './types';
export { buildIndex } from './compile/build-index';
export { lookupPlace, type PlaceMatch } from './lookup-place';

const DEFAULT_LIMIT = 10;
/** Programme tags among the first five (issue 13): one names the cause; more crowd out the product. */
const PROGRAMMES_IN_TOP = 1;
const TOP = 5;
/** Each marketplace's tag form (utils/marketplaces/<id>/tag-form.ts): hashtags or keywords, and its hashtag limit. */
const tagFormOf = (marketplace: MarketplaceId): TagForm => MARKETPLACE_REGISTRY.get(marketplace).tagForm;

export function suggestTags(listing: Listing, options: SuggestOptions = {}): TagSuggestion[] {
  const marketplace = options.marketplace ?? listing.marketplace;
  const analysis = analyse(listing, getIndex());
  const candidates = [
    ...giTags(analysis),
    ...originTags(analysis),
    ...productTags(analysis),
    ...marketTags(analysis),
    ...programmeTags(analysis, marketplace, options.seller),
  ];
  const honest = withoutLocalClaims(withoutIndicationNames(candidates, analysis), listingImportSignals(listing, analysis));
  const present = presentHashtags(listing);
  const room = hashtagRoom(listing, marketplace);
  let hashtagsLeft = room?.left ?? Infinity;
  return fewProgrammes(rank(honest))
    .map(({ claimsLocal: _claimsLocal, naming: _naming, hashtag, ...tag }) => ({
      ...tag,
      insert: insertFor(tag.label, tagFormOf(marketplace), hashtag),
    }))
    .filter((tag) => !present.has(toHashtag(tag.insert).toLowerCase()))
    .filter((tag) => !tag.insert.startsWith('#') || hashtagsLeft-- > 0)
    .slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT));
}

/**
 * The first programme tag keeps its rank; the others follow every other tag, and only past the
 * first five: when too few other tags fill those places, the extra programme tags are left out.
 */
function fewProgrammes(ranked: Candidate[]): Candidate[] {
  let seen = 0;
  const later: Candidate[] = [];
  const first = ranked.filter((tag) => {
    if (tag.kind !== 'program' || ++seen <= PROGRAMMES_IN_TOP) return true;
    later.push(tag);
    return false;
  });
  return first.length >= TOP ? [...first, ...later] : first;
}

const HASHTAG = /#[\p{L}\p{N}_]+/gu;

/** Hashtags the listing already has, in its hashtag field or written in its text ("#BatikLasem"). */
function presentHashtags(listing: Listing): Set<string> {
  const written = `${listing.title} ${listing.description ?? ''}`.match(HASHTAG) ?? [];
  return new Set([...(listing.hashtags ?? []), ...written].map((tag) => toHashtag(tag).toLowerCase()));
}

/**
 * How many more hashtags the marketplace takes (undefined where it sets no limit). When `left` is
 * 0 no hashtag is suggested, and the panel says why (tags_hashtag_full).
 */
export function hashtagRoom(listing: Listing, marketplace: MarketplaceId = listing.marketplace): HashtagRoom | undefined {
  return hashtagRoomIn(listing, tagFormOf(marketplace));
}

/** `hashtagRoom` for a given tag form (a test's fixture marketplace has no id in MarketplaceId). */
export function hashtagRoomIn(listing: Listing, form: TagForm): HashtagRoom | undefined {
  const limit = form.hashtagLimit;
  if (limit === undefined) return undefined;
  // Shopee counts the hashtags of the description (its hashtag field holds the same ones), not words in the title.
  const used = presentHashtags({ ...listing, title: '' }).size;
  return { limit, used, left: Math.max(0, limit - used) };
}

/** The words that make the listing an import or a foreign brand, which is why no local-product tag is offered (empty when none). */
export function importSignals(listing: Listing): TagReason[] {
  return listingImportSignals(listing, analyse(listing, getIndex()));
}
