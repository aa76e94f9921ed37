/**
 * The listing a seller is editing, as plain data. Adapters read it from the page,
 * the quality engine and the tag suggester judge it. Only `marketplace` and
 * `title` are required: every other field is unknown until an adapter finds it,
 * and `found` says which fields the page really had (an absent field and an empty
 * one are different things to a rule).
 */
import { z } from 'zod';
import { MarketplaceIdSchema } from '../marketplaces/types';

export const LISTING_FIELDS = [
  'title',
  'description',
  'priceIdr',
  'stock',
  'weightGrams',
  'imageCount',
  'hasVideo',
  'category',
  'condition',
  'variantCount',
  'hashtags',
  'origin',
] as const;
export const ListingFieldSchema = z.enum(LISTING_FIELDS);
export type ListingField = z.infer<typeof ListingFieldSchema>;

/** Generous bounds: a page can hold anything, but a 10 MB "title" is an attack, not a listing. */
const MAX_TEXT = 2_000_000;
const count = z.number().int().nonnegative().max(1e9);

export const ListingSchema = z.object({
  marketplace: MarketplaceIdSchema,
  title: z.string().max(MAX_TEXT),
  description: z.string().max(MAX_TEXT).optional(),
  /** Price in whole rupiah. */
  priceIdr: z.number().nonnegative().max(1e12).optional(),
  stock: count.optional(),
  weightGrams: z.number().nonnegative().max(1e9).optional(),
  imageCount: count.optional(),
  hasVideo: z.boolean().optional(),
  category: z.string().max(1000).optional(),
  condition: z.enum(['new', 'used']).optional(),
  variantCount: count.optional(),
  hashtags: z.array(z.string().max(200)).max(1000).optional(),
  /** The seller's city or region when the page says it ("Kab. Pekalongan"). */
  origin: z.string().max(200).optional(),
  /** The shop's own name when the page shows it; not a judged field, so not in LISTING_FIELDS. */
  shopName: z.string().max(200).optional(),
  /** Fields that were found on the page (read, even if empty). */
  found: z.array(ListingFieldSchema).optional(),
});
export type Listing = z.infer<typeof ListingSchema>;

/** A product as shown in a list: a shop page, search results or the seller's own product list. */
export const ProductCardSchema = z.object({
  title: z.string().max(10_000),
  priceIdr: z.number().nonnegative().max(1e12).optional(),
  url: z.string().max(4096).optional(),
  image: z.string().max(100_000).optional(),
  location: z.string().max(200).optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: count.optional(),
  soldCount: count.optional(),
  isAd: z.boolean().optional(),
});
export type ProductCard = z.infer<typeof ProductCardSchema>;
