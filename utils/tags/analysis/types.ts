/** What the suggester reads in a listing, before it decides on any tag. */
import type { Ref, TagIndex } from '../compile/build-index';
import type { Place } from '../compile/gazetteer';
import type { LexiconEntry } from '../knowledge/types';
import type { OriginPattern } from '../text/origin-patterns';
import type { Token } from '../text/tokenize';
import type { ReasonField } from '../types';

export interface FieldText {
  field: ReasonField;
  text: string;
  tokens: Token[];
  keys: string[];
}

/** A lexicon term, place or signal found in one field, with its span in the original text. */
export interface Mention {
  ref: Ref;
  field: ReasonField;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  /** Character offsets in the original field text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Places: the origin words before it ("khas", "oleh oleh"). */
  pattern?: OriginPattern;
  /** Places: written right after a product ("Dodol Garut"). */
  afterProduct?: boolean;
}

/** An entry the listing supports, directly or through a more specific entry (Kopi from "Kopi Arabika"). */
export interface EntryEvidence {
  entry: LexiconEntry;
  mentions: Mention[];
  /** Named itself, not only through a child. */
  direct: boolean;
}

export interface PlaceEvidence {
  place: Place;
  mentions: Mention[];
}

export interface Analysis {
  index: TagIndex;
  fields: FieldText[];
  /** Products, materials and techniques, with their ancestors. */
  entries: Map<string, EntryEvidence>;
  /** Set when the listing is a printed batik pattern: no tulis, cap or batik claims then. */
  printing?: Mention;
  /** The craft that print imitates (its entry's `printOf`): the listing does not claim that craft. */
  printedCraft?: string;
  /** Places the title or description gives as the origin, with origin evidence (analyse.ts isOrigin). */
  places: PlaceEvidence[];
  /** The seller's city from the origin field. */
  sellerPlace?: PlaceEvidence;
  handmade: Mention[];
  localClaims: Mention[];
  /** The listing's own words that the seller is a small business ("UMKM", "P-IRT", "home industry"). */
  smallBusiness: Mention[];
  /** Foreign source cities named anywhere ("Guangzhou"): an import signal. */
  foreignCities: Mention[];
  /** Indication-only words ("term:nitik"). */
  terms: Map<string, Mention>;
}
