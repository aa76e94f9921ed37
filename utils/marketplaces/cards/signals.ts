/**
 * What a piece of card text is, from how Indonesian marketplaces write it: a price
 * ("Rp89.000"), a rating ("4.9"), a sold count ("10RB+ terjual", "Terjual 87"), a review
 * count ("(45)"), a seller location ("Kab. Sikka", "Surabaya"), an ad label ("Ad", "Iklan"). Text
 * that is none of these is what a title can be made of. Pure functions of strings.
 */
import { parseCount, parseRupiah } from '../../listing/parse-numbers';
// The tags' gazetteer of kabupaten/kota (from wilayah.tsv): it already ships in both content
// scripts, so reading seller cities from it adds no bytes, and there is one list of places.
import { PROVINCES } from '../../tags/knowledge/regions';

export type SegmentKind = 'price' | 'percent' | 'rating' | 'sold' | 'review' | 'location' | 'ad' | 'number';

/** A line that shows a price: it starts with "Rp…", after at most a discount ("15% Rp335.000"). */
const PRICE_LINE = /^[^A-Za-z]*Rp\.?\s?\d/i;
/** Any price in a text: how the structural fallback recognises a card. */
export const PRICE_TEXT = /Rp\.?\s?\d/i;
/** The currency on its own, its amount in a sibling element (`<span>Rp</span><span>89.000</span>`). */
const CURRENCY_ONLY = /^Rp\.?$/i;
const PERCENT = /^-?\d{1,3}%$/;
/** Ratings are always shown with one decimal ("4.9", "5.0"), which keeps "5 RB+" out. */
const RATING = /^[0-5][.,]\d$/;
const REVIEW = /^\(\s*\d[\d.,]*\s*(?:rb|jt)?\+?\s*\)$/i;
const LOCATION = /^(?:Kab\.|Kabupaten|Kota|Kec\.|Kep\.|Jakarta)\s/;
/** "Kota", "Kab.", "Kabupaten", "Kota Adm." before a place's name, in any case ("KOTA JAKARTA BARAT" on Shopee). */
const PLACE_PREFIX = /^(?:kota\s+adm\.?|kota|kab\.?|kabupaten|provinsi)\s+/i;
const AD_LABEL = /^(?:ad|ads|iklan|topads|sponsored|sponsor|disponsori|bersponsor|promosi|promoted)$/i;
/** An image that marks an ad ("topads icon" on Tokopedia's 2020 cards). */
export const AD_IMAGE = /\b(?:topads|iklan|sponsored)\b/i;
const NUMBER = /^[\d.,+\s]+$/;

const COUNT = String.raw`(\d[\d.,]*\s*(?:rb|ribu|jt|juta|k)?\+?)`;
const SOLD_AFTER = new RegExp(String.raw`terjual\s*:?\s*${COUNT}`, 'i');
const SOLD_BEFORE = new RegExp(String.raw`${COUNT}\s*(?:terjual|sold)\b`, 'i');

/** "Terjual 250+" → 250, "10RB+ terjual" → 10000; the number after "Terjual" wins ("1,2rb Terjual 250+"). */
export function soldCountOf(text: string): number | undefined {
  const match = SOLD_AFTER.exec(text) ?? SOLD_BEFORE.exec(text);
  return match ? parseCount(match[1]!) : undefined;
}

let placeNames: Set<string> | undefined;
const placeKey = (text: string) => text.toLowerCase().replace(PLACE_PREFIX, '').replace(/\s+/g, ' ').trim();

/**
 * Whether a text is, as a whole, the name of an Indonesian kabupaten, kota or province, with or
 * without its "Kab."/"Kota" ("Surabaya", "Tangerang Selatan", "KOTA JAKARTA BARAT"): newer
 * Tokopedia cards write the seller's city without a prefix and with hashed classes only, and
 * Lazada's cards have no hook for it. Only the whole text counts: "Batik Pekalongan" is no city.
 */
export function isPlaceName(text: string): boolean {
  if (text.length > 40) return false;
  placeNames ??= new Set(PROVINCES.flatMap((p) => [p.name, ...p.kab.split('|'), ...p.kota.split('|')]).map(placeKey));
  return placeNames.has(placeKey(text));
}

/** What a place's name looks like: letters, spaces, dots, hyphens and apostrophes, up to four words, no digits. */
const PLACE_SHAPE = /^\p{Lu}[\p{L}.'’ -]{1,38}$/u;
export const placeShaped = (text: string) => PLACE_SHAPE.test(text) && text.split(' ').length <= 4;

export function classify(text: string): SegmentKind | undefined {
  if (PRICE_LINE.test(text) || CURRENCY_ONLY.test(text)) return 'price';
  if (PERCENT.test(text)) return 'percent';
  if (RATING.test(text)) return 'rating';
  if (REVIEW.test(text)) return 'review';
  if (AD_LABEL.test(text)) return 'ad';
  if (NUMBER.test(text)) return 'number';
  if (text.length <= 40 && soldCountOf(text) !== undefined) return 'sold';
  if (text.length <= 60 && LOCATION.test(text)) return 'location';
  if (isPlaceName(text)) return 'location';
  return undefined;
}

/**
 * The selling price among a card's texts (lines and segments: "Rp" and "89.000" may sit in two
 * elements, or a price may run on after a name): the lowest amount, because the other prices a
 * card shows without striking them through are the higher original price ("32%" "Rp 4.125.000").
 */
export function priceOfLines(lines: readonly string[]): number | undefined {
  const prices = lines.filter((line) => PRICE_LINE.test(line)).map(parseRupiah);
  const valid = prices.filter((price): price is number => price !== undefined && price > 0);
  return valid.length > 0 ? Math.min(...valid) : undefined;
}

/** Letters and digits only, lower-cased: "Intel® Core™ i5" and "intel core i5" compare equal. */
export const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
