/**
 * Reads a listing's text fields into mentions: lexicon terms, places and signals, each with its
 * span. Overlaps are settled here, so rules see one reading: "kerupuk kulit" is a cracker, not
 * leather; "pisang ambon" is a banana, not Ambon; "Kayu Manis Batang" is not from Batang.
 */
import type { Listing } from '../../listing/listing';
import type { Ref, TagIndex } from '../compile/build-index';
import { placeTrust } from '../compile/gazetteer';
import { hasPlacePrefix, originPatternBefore } from '../text/origin-patterns';
import type { PhraseHit } from '../text/phrase-matcher';
import { tokenize } from '../text/tokenize';
import type { ReasonField } from '../types';
import type { FieldText, Mention } from './types';

const FIELDS: readonly ReasonField[] = ['title', 'description', 'category', 'origin'];
/** Tags come from what a buyer reads first; past this many characters a description adds noise, not tags. */
const FIELD_LIMIT = 20_000;

export function readFields(listing: Listing, index: TagIndex): { fields: FieldText[]; mentions: Mention[] } {
  const fields: FieldText[] = [];
  const mentions: Mention[] = [];
  for (const field of FIELDS) {
    const text = (listing[field] ?? '').slice(0, FIELD_LIMIT);
    if (!text.trim()) continue;
    const tokens = tokenize(text, index.keyOf);
    const keys = tokens.map((token) => token.key);
    const fieldText = { field, text, tokens, keys };
    fields.push(fieldText);
    mentions.push(...settle(fieldText, index.matcher.match(keys), index));
  }
  return { fields, mentions };
}

function settle(field: FieldText, hits: PhraseHit<Ref>[], index: TagIndex): Mention[] {
  const covering = hits.filter((hit) => hit.value.type === 'entry' || hit.value.type === 'place' || hit.value.type === 'ignore');
  const kept = hits.filter((hit) => hit.value.type !== 'ignore' && !isCovered(hit, covering));
  const products = kept.filter((hit) => hit.value.type === 'entry' && hit.value.entry.kind !== 'material');
  const places = kept.filter((hit) => hit.value.type === 'place');
  return kept.flatMap((hit) => {
    const mention = toMention(field, hit);
    if (hit.value.type === 'place') return readPlace(mention, field, { products, places }, index);
    if (hit.value.type === 'entry' && isQualified(hit, field.keys, index)) return [];
    return [mention];
  });
}

/**
 * Inside a longer entry, place or place-hiding phrase. A broader entry inside a narrower one
 * ("batik" in "batik tulis") comes back as that entry's ancestor (analysis/analyse.ts).
 */
function isCovered(hit: PhraseHit<Ref>, covering: PhraseHit<Ref>[]): boolean {
  return covering.some((other) => other !== hit && other.from <= hit.from && hit.to <= other.to && other.to - other.from > hit.to - hit.from);
}

/** Not the thing itself: a colour ("warna perak"), a flavour ("rasa cokelat") or an imitation ("kulit sintetis"). */
function isQualified(hit: PhraseHit<Ref>, keys: string[], index: TagIndex): boolean {
  if (hit.value.type !== 'entry') return false;
  const { entry } = hit.value;
  const before = keys[hit.from - 1] ?? '';
  const after = keys[hit.to] ?? '';
  if (index.words.colour.has(before)) return true;
  if (entry.kind === 'material' && (index.words.imitation.has(before) || index.words.imitation.has(after))) return true;
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
  const firstOrigin = pattern?.from ?? mention.from;
  const shipping = [keys[firstOrigin - 1], keys[firstOrigin - 2]].some((key) => key !== undefined && index.words.shipping.has(key));
  if (shipping) return [];
  const afterProduct = products.some((hit) => hit.to === mention.from);
  // "Dinoyo Malang": a place after a place is an address, but "Kerinci Batang" is cinnamon sticks.
  const afterPlace = places.some((hit) => hit.to === mention.from);
  const explicit = pattern !== undefined || hasPlacePrefix(keys, mention.from, index.words.placePrefixes);
  const trust = placeTrust(keys.slice(mention.from, mention.to));
  if (trust === 'strict' && !explicit) return [];
  if (trust === 'adjacent' && !explicit && !afterProduct && !afterPlace) return [];
  return [{ ...mention, ...(pattern && { pattern }), ...(afterProduct && { afterProduct }) }];
}

function toMention(field: FieldText, hit: PhraseHit<Ref>): Mention {
  const start = field.tokens[hit.from]!.start;
  const end = field.tokens[hit.to - 1]!.end;
  return { ref: hit.value, field: field.field, from: hit.from, to: hit.to, start, end, text: field.text.slice(start, end) };
}
