/**
 * The listing a seller is editing, as plain data. Adapters read it from the page,
 * the quality engine and the tag suggester judge it. Only `marketplace` and
 * `title` are required: every other field is unknown until an adapter finds it,
 * and `found` says which fields the page really had (an absent field and an empty
 * one are different things to a rule).
 */
import { z } from 'zod';
import { MarketplaceIdSchema } from '../marketplaces/types';
import { LISTING_FIELDS } from './fields';

export { LISTING_FIELDS } from './fields';
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

export { ProductCardSchema, type ProductCard } from './product-card';
