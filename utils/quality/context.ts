/**
 * What the rules see. Values an adapter could not read properly (NaN, a negative
 * stock, a wrong type) are dropped and treated as unknown: a parsing slip on the
 * page is not the seller's mistake, so no rule should blame them for it.
 */
import { LISTING_FIELDS, type Listing, type ListingField } from '../listing/listing';
import { MARKETPLACE_REGISTRY, type MarketplaceRegistry } from '../marketplaces/registry';
import type { MarketplaceId } from '../marketplaces/types';
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
 * An id outside the registry (a bug upstream) is judged by the last marketplace's profile (Blibli's,
 * the one built from cross-marketplace common ground) rather than throwing in the seller's face.
 */
const knownMarketplace = <Id extends string>(id: unknown, registry: MarketplaceRegistry<Id>) =>
  registry.list.find((m) => m.id === id) ?? registry.list[registry.list.length - 1]!;

export function buildContext<Id extends string = MarketplaceId>(
  input: Listing,
  requested: Id,
  registry: MarketplaceRegistry<Id> = MARKETPLACE_REGISTRY as unknown as MarketplaceRegistry<Id>,
): RuleContext {
  const { listing } = cleanListing(input);
  const { id, profile } = knownMarketplace(requested, registry);
  // A test registry's fixture id is no MarketplaceId; the rules only read it through the profile.
  const marketplace = id as string as MarketplaceId;
  const found = new Set(listing.found ?? []);
  const known = (field: ListingField) => field === 'title' || listing[field] !== undefined || found.has(field);
  const texts: TextOf[] = [{ field: 'title', text: listing.title }];
  if (known('description')) texts.push({ field: 'description', text: listing.description ?? '' });
  return {
    listing,
    marketplace,
    profile: profile as RuleContext['profile'],
    known,
    texts,
    allTextKnown: known('description'),
  };
}

export function unknownFields(ctx: RuleContext): ListingField[] {
  return LISTING_FIELDS.filter((field) => !ctx.known(field));
}
