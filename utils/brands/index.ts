export { findBrands, foreignBrandOf, listingBrand, type BrandMention } from './find-brands';
export { FOREIGN_BRANDS } from './foreign-brands';
export { INDONESIAN_BRANDS } from './indonesian-brands';
export type { BrandCategory, BrandRow } from './types';
