/** The listing's fields, without zod: the content script names them and must stay small (issue 15). */
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
