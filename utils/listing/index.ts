export { ListingSchema, ListingFieldSchema, LISTING_FIELDS, ProductCardSchema } from './listing';
export type { Listing, ListingField, ProductCard } from './listing';
export { parseRupiah, parseCount, parseRating, parseWeightGrams } from './parse-numbers';
