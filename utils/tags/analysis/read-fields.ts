/**
 * Reads a listing's text fields into mentions: lexicon terms, places and signals, each with its
 * span. Overlaps are settled here, so rules see one reading: "kerupuk kulit" is a cracker, not
 * leather; "pisang ambon" is a banana, not Ambon; "Kayu Manis Batang" is not from Batang. Words are
 * read as phrases (issue 13): "tanpa tas" is no bag, "bonus kaos" is a free gift, "tali hoodie" is a
 * cord, "khusus kota Jambi" is a delivery area and "bukan Bali" is not Bali.
 */
import { findBrands } from '../../brands/find-brands';
import type { Listing } from '../../listing/listing';
import type { Ref, TagIndex } from '../compile/build-index';
import { placeTrust } from '../compile/gazetteer';
import { hasPlacePrefix, originPatternBefore } from '../text/origin-patterns';
import type { PhraseHit } from '../text/phrase-matcher';
import { tokenize } from '../text/tokenize';
import type { ReasonField } from '../types';
import type { FieldText, Mention } from './types';

// Stryker disable all: constants built once at import, static mutants (see ignoreStatic in stryker.config.mjs); read-fields.test.ts pins them by example
const FIELDS: readonly ReasonField[] = ['title', 'description', 'category', 'origin'];
/** Tags come from what a buyer reads first; past this many characters a description adds noise, not tags. */
const FIELD_LIMIT = 20_000;
/**
 * Products and materials come from the title and the description's first lines, where sellers say
 * what the product is; further down come the box contents, bonuses, other products and care notes.
 */
const LEAD_LINES = 3;
const LEAD_CHARS = 400;
const ACCESSORY_REACH = 3;
const FIT_REACH = 2;
const PART_REACH = 2;
/** Place words the origin patterns step over ("khas kota Malang"); a negation or delivery word may stand before them. */
const PLACE_FILLERS = new Set(['kota', 'kab', 'kabupaten', 'daerah', 'pulau', 'provinsi', 'di', 'ke', 'wilayah']);
// Stryker restore all

export function readFields(listing: Listing, index: TagIndex): { fields: FieldText[]; mentions: Mention[] } {
  const fields: FieldText[] = [];
  const mentions: Mention[] = [];
  let branded = false;
  for (const field of FIELDS) {
    const text = (listing[field] ?? '').slice(0, FIELD_LIMIT);
    if (!text.trim()) continue;
    const tokens = tokenize(text, index.keyOf);
    const keys = tokens.map((token) => token.key);
    const fieldText = { field, text, tokens, keys };
    fields.push(fieldText);
    // A place inside a brand's name, or right after a foreign one ("Starbucks Sumatra"), is part of the name.
    // Stryker disable next-line ArrayDeclaration: any array without brands hides no place
    const brands = field === 'title' ? findBrands(text) : [];
    if (field === 'title') branded = brands.some((brand) => !brand.fit);
    const lead = field === 'description' ? leadEnd(text) : Infinity;
    mentions.push(...settle(fieldText, index.matcher.match(keys), index, { brands, lead, branded: branded && field === 'description' }));
  }
  return { fields, mentions };
}

interface Context {
  brands: { start: number; end: number; foreign: boolean }[];
  /**
   * The title names the brand it sells ("Samsung Galaxy A04e"): everyday goods the description
   * names then are box contents, bonuses or the shop's other products, not the listing.
   */
  branded: boolean;
  /** Character offset where the description's lead ends. */
  lead: number;
}

function settle(field: FieldText, hits: PhraseHit<Ref>[], index: TagIndex, context: Context): Mention[] {
  const covering = hits.filter((hit) => hit.value.type === 'entry' || hit.value.type === 'place' || hit.value.type === 'ignore');
  const kept = hits.filter((hit) => hit.value.type !== 'ignore' && !isCovered(hit, covering));
  const products = kept.filter((hit) => hit.value.type === 'entry' && hit.value.entry.kind !== 'material');
  const places = kept.filter((hit) => hit.value.type === 'place');
  const firstProduct =
    field.field === 'title' ? products.find((hit) => hit.value.type === 'entry' && hit.value.entry.kind === 'product') : undefined;
  return kept.flatMap((hit) => {
    const mention = toMention(field, hit);
    if (hit.value.type === 'place') {
      if (context.brands.some((brand) => brand.start <= mention.end && mention.start <= brand.end + (brand.foreign ? 1 : -1))) return [];
      return readPlace(mention, field, { products, places }, index);
    }
    if (hit.value.type === 'entry') {
      if (isQualified(hit, field.keys, index)) return [];
      if (context.branded && isEverydayGood(hit.value.entry)) return [];
      if (
        hit.value.entry.kind !== 'technique' &&
        (mention.start >= context.lead || notTheProduct(hit, field.keys, index, hit === firstProduct))
      )
        return [];
    }
    return [mention];
  });
}

// Stryker disable next-line ArrowFunction: built once at import, a static mutant; pinned by the branded-title examples in read-fields.test.ts
const isEverydayGood = (entry: { kind: string; craft?: boolean; food?: boolean; local?: boolean }) =>
  entry.kind === 'product' && !entry.craft && !entry.food && !entry.local;

/** Where the description's first lines end: products named past them are box contents, bonuses or other products. */
function leadEnd(text: string): number {
  let end = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    end += line.length + 1;
    if (line.trim()) lines++;
    if (lines >= LEAD_LINES || end >= LEAD_CHARS) break;
  }
  return Math.min(end, LEAD_CHARS);
}

/**
 * A product word that is not what the listing sells: denied ("tanpa tas", "bukan kulit"), a free
 * gift ("BONUS KAOS", "free hardcase"; anything after it but the product the title leads with), a
 * part or holder of a product that is not a craft ("tali hoodie", "saringan teh", "rak kosmetik"),
 * or what it fits ("rak untuk sepatu", "pemanas air untuk kopi").
 */
function notTheProduct(hit: PhraseHit<Ref>, keys: readonly string[], index: TagIndex, leads: boolean): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: only entries are passed here; the guard narrows the type
  if (hit.value.type !== 'entry') return false;
  const { entry } = hit.value;
  const { negations, accessory, notAccessory, part, fit } = index.words;
  // Stryker disable next-line StringLiteral: any word that is no negation reads the same at the start of the field
  const previous = keys[hit.from - 1] ?? '';
  if (negations.has(previous)) return true;
  // After "GRATIS" a title lists the gifts: any product but the one it leads with is one of them.
  const reach = leads ? ACCESSORY_REACH : hit.from;
  for (let at = hit.from - 1; at >= Math.max(0, hit.from - reach); at--) {
    if (notAccessory.has(keys[at]!)) break;
    if (accessory.has(keys[at]!)) return true;
  }
  if (entry.kind !== 'product') return false;
  if (!entry.craft && keys.slice(Math.max(0, hit.from - PART_REACH), hit.from).some((key) => part.has(key))) return true;
  return keys.slice(Math.max(0, hit.from - FIT_REACH), hit.from).some((key) => fit.has(key));
}

/**
 * Inside a longer entry, place or place-hiding phrase. A broader entry inside a narrower one
 * ("batik" in "batik tulis") comes back as that entry's ancestor (analysis/analyse.ts).
 */
function isCovered(hit: PhraseHit<Ref>, covering: PhraseHit<Ref>[]): boolean {
  return covering.some(
    (other) => other !== hit && other.from <= hit.from && hit.to <= other.to && other.to - other.from > hit.to - hit.from,
  );
}

/** Not the thing itself: a colour ("warna perak"), a flavour ("rasa cokelat") or an imitation ("kulit sintetis"). */
function isQualified(hit: PhraseHit<Ref>, keys: string[], index: TagIndex): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: only entries are passed here; the guard narrows the type
  if (hit.value.type !== 'entry') return false;
  const { entry } = hit.value;
  // Stryker disable next-line StringLiteral: any word that is no colour, imitation or flavour reads the same at the field's edge
  const before = keys[hit.from - 1] ?? '';
  // Stryker disable next-line StringLiteral: as above
  const after = keys[hit.to] ?? '';
  if (index.words.colour.has(before)) return true;
  // "kulit sintetis", "Kursi Rotan Sintetis": an imitation of the material, alone or in a product named after it.
  const material = entry.kind === 'material' || entry.parents?.some((parent) => index.entries.get(parent)?.kind === 'material');
  if (material && (index.words.imitation.has(before) || index.words.imitation.has(after))) return true;
  return Boolean(entry.food) && index.words.flavour.has(before);
}

interface Neighbours {
  products: PhraseHit<Ref>[];
  places: PhraseHit<Ref>[];
}

function readPlace(mention: Mention, field: FieldText, { products, places }: Neighbours, index: TagIndex): Mention[] {
  if (field.field === 'origin') return [mention];
  const keys = field.keys;
  const pattern = originPatternBefore(keys, mention.from);
  let firstOrigin = pattern?.from ?? mention.from;
  // Stryker disable next-line EqualityOperator: at 0 the word before is undefined, never a filler
  while (firstOrigin > 0 && PLACE_FILLERS.has(keys[firstOrigin - 1]!)) firstOrigin--;
  // Stryker disable next-line MethodExpression: an undefined word is in no word set, so keeping it changes nothing
  const before = [keys[firstOrigin - 1], keys[firstOrigin - 2]].filter((key): key is string => key !== undefined);
  // "kirim dari Medan", "ready stock di Surabaya", "khusus kota Jambi": where it ships or who may order.
  if (before.some((key) => index.words.shipping.has(key))) return [];
  // "bukan Bali", "bukan dari Bali", "selain Jakarta": not the place.
  if (before.slice(0, 1).some((key) => index.words.negations.has(key))) return [];
  // "rasa Soto Lamongan", "edisi Jakarta", "motif Bali": a flavour, an edition or a print.
  // Stryker disable next-line StringLiteral: any word that is no print word reads the same at the start of the field
  if (before.some((key) => index.words.placeFlavour.has(key)) || index.words.placePrint.has(before[0] ?? '')) return [];
  const afterProduct = products.some((hit) => hit.to === mention.from);
  // "Kaos gambar Kopi Gayo": a product that is itself a print names no origin for what it is printed on.
  // Stryker disable next-line StringLiteral: any word that is no print word reads the same at the start of the field
  if (products.some((hit) => hit.to === mention.from && index.words.placePrint.has(keys[hit.from - 1] ?? ''))) return [];
  // "Dinoyo Malang": a place after a place is an address, but "Kerinci Batang" is cinnamon sticks.
  const afterPlace = places.some((hit) => hit.to === mention.from);
  const explicit = pattern !== undefined || hasPlacePrefix(keys, mention.from, index.words.placePrefixes);
  const trust = placeTrust(keys.slice(mention.from, mention.to));
  if (trust === 'strict' && !explicit) return [];
  // "Rendang Daging Sapi Padang": a product the place is known for, named in the same field, vouches for it.
  const knownFor = mention.ref.type === 'place' ? mention.ref.place.knownFor : new Set<string>();
  const vouched = products.some(
    (hit) => hit.value.type === 'entry' && [...(index.lineage.get(hit.value.entry.id) ?? [])].some((id) => knownFor.has(id)),
  );
  if (trust === 'adjacent' && !explicit && !afterProduct && !afterPlace && !vouched) return [];
  return [{ ...mention, ...(pattern && { pattern }), ...(afterProduct && { afterProduct }) }];
}

function toMention(field: FieldText, hit: PhraseHit<Ref>): Mention {
  const start = field.tokens[hit.from]!.start;
  const end = field.tokens[hit.to - 1]!.end;
  return { ref: hit.value, field: field.field, from: hit.from, to: hit.to, start, end, text: field.text.slice(start, end) };
}
