/** Shapes of the brand lists (foreign-brands.ts, indonesian-brands.ts). */

export type BrandCategory =
  | 'phone'
  | 'electronics'
  | 'computer'
  | 'game'
  | 'fashion'
  | 'sport'
  | 'cosmetics'
  | 'fragrance'
  | 'food'
  | 'drink'
  | 'household'
  | 'bicycle'
  | 'automotive'
  | 'toy';

export interface BrandRow {
  /** The brand as its owner writes it ("L'Oréal"). */
  name: string;
  /** Other ways sellers write it, lower case ("loreal", "l oreal"); the name is always a term. */
  terms?: readonly string[];
  /** ISO 3166 alpha-2 of the owner's home country. */
  country: string;
  category: BrandCategory;
  /**
   * The brand is also a common word ("Apple", "Sharp", "Dove", "Giant"): counted only when written
   * with a capital letter and not inside a phrase that means the word ("green apple").
   */
  cased?: true;
  // Each row's source (the page that names the owner's country) is a comment at the end of its
  // line: it documents the list without shipping in the bundle. find-brands.test.ts checks each has one.
}
