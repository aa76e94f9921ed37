/**
 * What the rules see. The listing is checked once, here at the engine's boundary, against
 * `ListingSchema` (the one definition of a valid listing), field by field: a value an adapter
 * could not read properly (NaN, a negative stock, a wrong type) is dropped and treated as
 * unknown, because a parsing slip on the page is not the seller's mistake and no rule should
 * blame them for it. Nothing here throws: one bad field never costs the others.
 */
import { LISTING_FIELDS, ListingSchema, type Listing, type ListingField } from '../listing/listing';
import { MARKETPLACE_REGISTRY, type MarketplaceRegistry } from '../marketplaces/registry';
import type { MarketplaceId } from '../marketplaces/types';
import type { RuleContext, TextOf } from './types';

/** Fields whose unreadable value makes the field unknown (the rules then say nothing about it). */
const JUDGED_FIELDS = ['priceIdr', 'stock', 'weightGrams', 'imageCount', 'variantCount', 'description', 'category', 'origin'] as const;
const OPTIONAL_FIELDS = ['hasVideo', 'condition'] as const;
const SHOP_NAME_MAX = 200;
const { shape } = ListingSchema;
const tagSchema = shape.hashtags.unwrap().element;

export function cleanListing(input: Listing): { listing: Listing; unreadable: Set<ListingField> } {
  const raw = input as Record<string, unknown>;
  const unreadable = new Set<ListingField>();
  const title = shape.title.safeParse(raw.title);
  const listing: Listing = { marketplace: input.marketplace, title: title.success ? title.data : '' };
  const take = <F extends (typeof JUDGED_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number]>(field: F): boolean => {
    if (raw[field] === undefined) return true;
    const parsed = shape[field].safeParse(raw[field]);
    if (parsed.success) (listing as Record<string, unknown>)[field] = parsed.data;
    return parsed.success;
  };
  for (const field of JUDGED_FIELDS) if (!take(field)) unreadable.add(field);
  for (const field of OPTIONAL_FIELDS) take(field);
  // A shop name is not judged: an overlong one is cut rather than lost.
  if (typeof raw.shopName === 'string') listing.shopName = raw.shopName.slice(0, SHOP_NAME_MAX);
  // One odd hashtag does not cost the others.
  if (Array.isArray(raw.hashtags)) listing.hashtags = raw.hashtags.filter((tag): tag is string => tagSchema.safeParse(tag).success);
  if (Array.isArray(raw.found)) {
    listing.found = LISTING_FIELDS.filter((field) => (raw.found as unknown[]).includes(field) && !unreadable.has(field));
  }
  return { listing, unreadable };
}

/**
 * An id outside the registry (a bug upstream) is judged by the registry's fallback (Blibli's profile,
 * the one built from cross-marketplace common ground) rather than throwing in the seller's face.
 */
const knownMarketplace = <Id extends string>(id: unknown, registry: MarketplaceRegistry<Id>) =>
  registry.list.find((m) => m.id === id) ?? registry.fallback;

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
