/**
 * What the rules see. Values an adapter could not read properly (NaN, a negative
 * stock, a wrong type) are dropped and treated as unknown: a parsing slip on the
 * page is not the seller's mistake, so no rule should blame them for it.
 */
import { LISTING_FIELDS, type Listing, type ListingField } from '../listing/listing';
import { MARKETPLACE_IDS, type MarketplaceId } from '../marketplaces/types';
import { PROFILES } from './profiles';
import type { RuleContext, TextOf } from './types';

const NUMBER_FIELDS = ['priceIdr', 'stock', 'weightGrams', 'imageCount', 'variantCount'] as const;
const STRING_FIELDS = ['description', 'category', 'origin'] as const;

const usableNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function cleanListing(input: Listing): { listing: Listing; unreadable: Set<ListingField> } {
  const raw = input as Record<string, unknown>;
  const unreadable = new Set<ListingField>();
  const listing: Listing = { marketplace: input.marketplace, title: typeof raw.title === 'string' ? raw.title : '' };
  for (const field of NUMBER_FIELDS) {
    const value = raw[field];
    if (usableNumber(value)) listing[field] = value;
    else if (value !== undefined) unreadable.add(field);
  }
  for (const field of STRING_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') listing[field] = value;
    else if (value !== undefined) unreadable.add(field);
  }
  if (typeof raw.hasVideo === 'boolean') listing.hasVideo = raw.hasVideo;
  if (raw.condition === 'new' || raw.condition === 'used') listing.condition = raw.condition;
  if (typeof raw.shopName === 'string') listing.shopName = raw.shopName.slice(0, 200);
  if (Array.isArray(raw.hashtags)) listing.hashtags = raw.hashtags.filter((tag): tag is string => typeof tag === 'string');
  if (Array.isArray(raw.found)) {
    listing.found = LISTING_FIELDS.filter((field) => (raw.found as unknown[]).includes(field) && !unreadable.has(field));
  }
  return { listing, unreadable };
}

/**
 * An id outside MARKETPLACE_IDS (a bug upstream) is judged by Blibli's profile, the one
 * built from cross-marketplace common ground, rather than throwing in the seller's face.
 */
const knownMarketplace = (id: unknown): MarketplaceId => (MARKETPLACE_IDS as readonly unknown[]).includes(id) ? (id as MarketplaceId) : 'blibli';

export function buildContext(input: Listing, requested: MarketplaceId): RuleContext {
  const { listing } = cleanListing(input);
  const marketplace = knownMarketplace(requested);
  const found = new Set(listing.found ?? []);
  const known = (field: ListingField) => field === 'title' || listing[field] !== undefined || found.has(field);
  const texts: TextOf[] = [{ field: 'title', text: listing.title }];
  if (known('description')) texts.push({ field: 'description', text: listing.description ?? '' });
  return {
    listing,
    marketplace,
    profile: PROFILES[marketplace],
    known,
    texts,
    allTextKnown: known('description'),
  };
}

export function unknownFields(ctx: RuleContext): ListingField[] {
  return LISTING_FIELDS.filter((field) => !ctx.known(field));
}
