/**
 * A product as shown in a list: a shop page, search results or the seller's own product list.
 * zod/mini: the content script reads cards from the page DOM with it (principle 2) and must stay
 * small (issue 15: 50 KB gzipped); the audit's classic schema embeds it as it is.
 */
import * as z from 'zod/mini';

const count = z.number().check(z.int(), z.nonnegative(), z.maximum(1e9));

export const ProductCardSchema = z.object({
  title: z.string().check(z.maxLength(10_000)),
  priceIdr: z.optional(z.number().check(z.nonnegative(), z.maximum(1e12))),
  url: z.optional(z.string().check(z.maxLength(4096))),
  image: z.optional(z.string().check(z.maxLength(100_000))),
  location: z.optional(z.string().check(z.maxLength(200))),
  rating: z.optional(z.number().check(z.minimum(0), z.maximum(5))),
  reviewCount: z.optional(count),
  soldCount: z.optional(count),
  isAd: z.optional(z.boolean()),
});
export type ProductCard = z.infer<typeof ProductCardSchema>;
