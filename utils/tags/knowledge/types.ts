/** Shapes of the tag knowledge. Data files hold the facts; the index (../index/) compiles them once. */

/** A product, material or technique the lexicon knows. */
export interface LexiconEntry {
  /** Stable id, referenced by centres, GIs and tests. */
  id: string;
  /** Display label, Indonesian, as a seller would write it in a title. */
  label: string;
  kind: 'product' | 'material' | 'technique';
  /** Phrases that name it, lower case; spelling variants are folded by text/fold.ts, synonyms go here. */
  terms: readonly string[];
  /** Broader entries that also apply (kopi-arabika → kopi; tas-rotan → tas, rotan). */
  parents?: readonly string[];
  /** English equivalent for buyers abroad ("Indonesian Batik"). */
  en?: string;
  /** The product type itself is Indonesian (batik, rendang): evidence for local-product tags. */
  local?: boolean;
  /** A craft: may be "Handmade in Indonesia" when the listing shows it is handmade. */
  craft?: boolean;
  /** Made by hand by definition (batik tulis, anyaman). */
  handmade?: boolean;
  /**
   * A printed imitation of this craft (batik printing is not batik): any printing word in a listing
   * that names the craft makes the listing this entry, and none of the craft's own techniques is claimed.
   */
  printOf?: string;
  /** Claimed when all of these are ("tulis" and "cap" make kombinasi); claimed itself, it stands for them. */
  combines?: readonly string[];
  /** Food or drink: "oleh-oleh" tags apply. */
  food?: boolean;
  /** Also a flavour or ingredient: after another food it describes that food ("Keripik Pisang Coklat"). */
  flavour?: boolean;
  /** Also a colour ("coklat"): read as the food only where food is what the listing sells. */
  colour?: boolean;
  /** Never made of a craft material: "kulit" on skincare is skin, "woody" on a perfume is a scent. */
  noMaterial?: boolean;
  /**
   * Places it is known from, by gazetteer label ("Bandung"): the seller's city then names it
   * ("Angklung Bandung"), as a centre's knownFor does. Lets one line add a product and its region.
   */
  from?: readonly string[];
}

/** A place sellers name that the kabupaten/kota list alone does not give well: centres, islands, old names. */
export interface Centre {
  /** Display label ("Solo", "Kotagede"). */
  label: string;
  /** Other names for it ("surakarta"); the label is always a term. */
  terms?: readonly string[];
  /** The kabupaten/kota it lies in ("Kota Yogyakarta"), or the province for a region. */
  regency: string;
  /** Lexicon ids it is known for. */
  knownFor: readonly string[];
  /** A province or island-wide region: named with a product only when nothing more specific is. */
  broad?: true;
}

/** A registered Geographical Indication (DJKI). */
export interface GeographicalIndication {
  /** The registered name, exactly. */
  name: string;
  /**
   * What the listing must name, every group at least once: each group lists lexicon ids (a more
   * specific entry counts for its parents), "place:<label>" ids, or "term:<phrase>" for words only
   * this indication uses ("nitik").
   */
  requires: readonly (readonly string[])[];
  /** Lexicon ids that mean it is not this indication (robusta for an arabica indication). */
  excludes?: readonly string[];
  /** Where the registration was reported. */
  source: string;
}

export type ProgrammeId = 'bbi' | 'produk-lokal' | 'buatan-indonesia' | 'umkm' | 'kreasi-nusantara' | 'bangga-kreasi-lokal' | 'melokal-dengan-batik';
