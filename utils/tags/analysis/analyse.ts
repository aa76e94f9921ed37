/**
 * One reading of a listing that every tag rule shares: the products, materials and techniques it
 * names (with their broader entries), the places it gives as the product's origin, and its
 * handmade, local and small-business claims.
 */
import type { Listing } from '../../listing/listing';
import type { TagIndex } from '../compile/build-index';
import type { LexiconEntry } from '../knowledge/types';
import { readFields } from './read-fields';
import { resolveTechniques } from './techniques';
import type { Analysis, EntryEvidence, Mention, PlaceEvidence } from './types';

const isTextField = (mention: Mention) => mention.field === 'title' || mention.field === 'description';

export function analyse(listing: Listing, index: TagIndex): Analysis {
  const { fields, mentions } = readFields(listing, index);
  const { accepted, printing, printedCraft } = resolveTechniques(fields, mentions, index);
  // A printed imitation of a craft is not the craft: "motif batik printing" names no batik.
  const named = mentions.filter((m) => m.ref.type === 'entry' && m.ref.entry.kind !== 'technique' && m.ref.entry.id !== printedCraft);
  const all = [...named, ...accepted];
  const kept = inContext(all, fields, index, isKitchenware(fields, index)).filter((m) => !isColour(m, all, fields, index));
  const entries = withAncestors(kept, index);
  // Stryker disable next-line MethodExpression: equivalent; namesDroppedProduct also asks that no kept product stands there, so all = kept + dropped reads the same
  const dropped = all.filter((m) => !kept.includes(m));
  // "Kaos Distro Bandung Brand Lokal", "Bolu Homemade Bekasi": the seller says it is made locally, so the place it names is where.
  const saysLocal = mentions.some(
    (m) => isTextField(m) && m.ref.type === 'signal' && (m.ref.signal === 'local-claim' || m.ref.signal === 'small-business'),
  );
  const sellerRef = mentions.find((m) => m.field === 'origin' && m.ref.type === 'place')?.ref;
  const sellerCity = sellerRef?.type === 'place' ? sellerRef.place.id : undefined;
  const readable = mentions.filter((m) => isTextField(m) && m.ref.type === 'place' && !namesDroppedProduct(m, dropped, kept));
  const signals = (signal: string, anyField = false) =>
    mentions.filter((m) => m.ref.type === 'signal' && m.ref.signal === signal && (anyField || isTextField(m)));
  return {
    index,
    fields,
    entries,
    ...(printing && { printing, printedCraft }),
    places: groupPlaces(readable.filter((m) => isOrigin(m, kept, index, saysLocal, sellerCity))),
    ...sellerPlace(mentions),
    handmade: signals('handmade'),
    localClaims: signals('local-claim'),
    smallBusiness: signals('small-business'),
    foreignCities: signals('foreign-city', true),
    terms: new Map(mentions.flatMap((m) => (m.ref.type === 'term' && isTextField(m) ? [[m.ref.id, m] as const] : []))),
  };
}

/** A field's folded word keys (none for a field the listing lacks). */
const keysOf = (fields: Analysis['fields'], field: Mention['field']): readonly string[] =>
  // Stryker disable next-line ArrayDeclaration: equivalent; a mention's field is always read, and a made-up key is no utensil in a missing title
  fields.find((f) => f.field === field)?.keys ?? [];
const entryOf = (mention: Mention): LexiconEntry => (mention.ref as { entry: LexiconEntry }).entry;
const isFood = (mention: Mention) => Boolean(entryOf(mention).food);
const isProduct = (mention: Mention) => entryOf(mention).kind === 'product';

/**
 * Keep products of the listing's own family. Titles lead with the product, so a food word in a
 * listing whose title starts with a non-food product is a colour, print or flavour ("Kemeja Coklat",
 * "Kaos Kopi Gayo"); a non-food item outside the title of a food listing is packaging or a bonus, and
 * so is a container in its title ("Keripik Singkong Balado Toples", "Nastar Toples 500 gr").
 * Materials need a non-food product or a craft to belong to ("kulit lumpia" is not leather).
 */
function inContext(mentions: Mention[], fields: Analysis['fields'], index: TagIndex, kitchenware: boolean): Mention[] {
  // Stryker disable next-line ArithmeticOperator: equivalent; a field's mentions come in reading order, so the sort only guards that
  const head = mentions.filter((m) => m.field === 'title' && isProduct(m)).sort((a, b) => a.from - b.from)[0];
  // "Parfum Vanilla", "Sabun Susu", "Lip Tint Strawberry": beside perfume, cosmetics or electronics a food is a scent or a flavour.
  const scented = mentions.some((m) => m.field === 'title' && isProduct(m) && entryOf(m).noMaterial);
  const kept = mentions.filter((m) => {
    if ((scented || kitchenware) && isProduct(m) && isFood(m)) return false;
    if (!head || !isProduct(m)) return true;
    if (!isFood(head)) return !isFood(m);
    return isFood(m) ? !isFlavourOf(m, mentions, index) : m.field === 'title' && !isPackaging(m, fields, index);
  });
  const hasMaker = kept.some(
    (m) => (isProduct(m) && !isFood(m) && !entryOf(m).noMaterial) || (entryOf(m).craft && entryOf(m).kind !== 'material'),
  );
  // The category is context, never evidence on its own: a "Sambal" category holds chili flakes and wasabi too.
  const named = new Set(kept.filter((m) => m.field !== 'category').map((m) => entryOf(m).id));
  return kept.filter((m) => (entryOf(m).kind !== 'material' || hasMaker) && (m.field !== 'category' || named.has(entryOf(m).id)));
}

/** A container word (context-words.ts PACKAGING_WORDS) in the mention: "toples", "botol", "kotak". */
function isPackaging(mention: Mention, fields: Analysis['fields'], index: TagIndex): boolean {
  return keysOf(fields, mention.field)
    .slice(mention.from, mention.to)
    .some((key) => index.words.packaging.has(key));
}

/** "Cetakan puding bolu plastik", "Mangkok bakso stainless": the title names what the thing is made of, and food is not plastic. */
function isKitchenware(fields: Analysis['fields'], index: TagIndex): boolean {
  const keys = keysOf(fields, 'title');
  // Stryker disable next-line StringLiteral: equivalent; the fallback only stands for "no word before", which no packaging word is
  return keys.some((key, i) => index.words.utensil.has(key) && !index.words.packaging.has(keys[i - 1] ?? ''));
}

/**
 * A place is where the product comes from only with origin evidence (issue 13): an origin word
 * ("khas", "asli", "produksi", "asal"); the place written right after a craft or food ("Dodol
 * Garut") or after a product it is known for ("Sepatu Cibaduyut"); a craft or food the listing sells
 * ("Vanili Polong Kering Papua"), unless the place is a trading city only the seller's own city, an
 * origin word or what it is known for makes an origin ("Kopi Gayo Murah Jakarta"); or the seller's
 * own words that it is made locally ("brand lokal", "UMKM", "homemade"). A city on a phone, a TV or
 * skincare is where the shop or its buyers are.
 */
function isOrigin(place: Mention, kept: Mention[], index: TagIndex, saysLocal: boolean, sellerCity: string | undefined): boolean {
  if (place.pattern || saysLocal || place.ref.type !== 'place') return true;
  const { knownFor, id } = place.ref.place;
  const made = kept.filter((m) => Boolean(entryOf(m).craft || entryOf(m).food || entryOf(m).local));
  const isKnownFor = (m: Mention) => [...(index.lineage.get(entryOf(m).id) ?? [])].some((entry) => knownFor.has(entry));
  if (made.length > 0 && (!index.tradingCities.has(id) || id === sellerCity || made.some(isKnownFor))) return true;
  if (!place.afterProduct) return false;
  const product = kept.find((m) => m.field === place.field && m.to === place.from);
  return product !== undefined && (made.includes(product) || isKnownFor(product));
}

/**
 * "Rak susun coklat", "tas hitam coklat": a food word that is also a colour is the food only where
 * food is sold: next to another food, at the head of the title, or beside a food word ("coklat batang").
 */
function isColour(mention: Mention, all: Mention[], fields: Analysis['fields'], index: TagIndex): boolean {
  if (!entryOf(mention).colour || mention.ref.type !== 'entry') return false;
  const keys = keysOf(fields, mention.field);
  // Stryker disable next-line LogicalOperator: equivalent; the one colour word is one key, so its first and last key are the same
  if (keys[mention.from] !== 'cokelat' || keys[mention.to - 1] !== 'cokelat') return false;
  // Stryker disable next-line MethodExpression: equivalent; a missing neighbour is in no word set (the filter is for the type)
  const around = [keys[mention.from - 1], keys[mention.to]].filter((key): key is string => key !== undefined);
  if (around.some((key) => index.words.colourNames.has(key))) return true;
  if (around.some((key) => index.words.foodContext.has(key))) return false;
  if (all.some((m) => m !== mention && isFood(m) && entryOf(m).id !== entryOf(mention).id)) return false;
  return !(mention.field === 'title' && mention.from < 2);
}

/** "Kaos Kopi Gayo": the place belongs to a product that is only a print on a T-shirt. */
function namesDroppedProduct(place: Mention, dropped: Mention[], kept: Mention[]): boolean {
  if (!place.afterProduct) return false;
  const before = (m: Mention) => m.field === place.field && m.to === place.from;
  return dropped.some(before) && !kept.some(before);
}

/** "Keripik Pisang Lampung Coklat", "Kopi Susu Gula Aren": a flavour after the food it flavours. */
function isFlavourOf(mention: Mention, mentions: Mention[], index: TagIndex): boolean {
  if (!entryOf(mention).flavour) return false;
  const related = (a: Mention, b: Mention) =>
    // Stryker disable next-line OptionalChaining: equivalent; the lineage holds every entry id
    Boolean(index.lineage.get(entryOf(a).id)?.has(entryOf(b).id) || index.lineage.get(entryOf(b).id)?.has(entryOf(a).id));
  const earlier = (food: Mention) =>
    (food.field === 'title' && mention.field !== 'title') || (food.field === mention.field && food.from < mention.from);
  return mentions.some((food) => food !== mention && isFood(food) && !related(food, mention) && earlier(food));
}

function withAncestors(mentions: Mention[], index: TagIndex): Map<string, EntryEvidence> {
  const evidence = new Map<string, EntryEvidence>();
  for (const mention of mentions) {
    const id = entryOf(mention).id;
    // Stryker disable next-line ArrayDeclaration: equivalent; the lineage holds every entry id
    for (const ancestor of index.lineage.get(id) ?? [id]) {
      const entry = index.entries.get(ancestor)!;
      const known = evidence.get(ancestor) ?? { entry, mentions: [], direct: false };
      known.mentions.push(mention);
      if (ancestor === id) known.direct = true;
      evidence.set(ancestor, known);
    }
  }
  return evidence;
}

function groupPlaces(mentions: Mention[]): PlaceEvidence[] {
  const byId = new Map<string, PlaceEvidence>();
  for (const mention of mentions) {
    if (mention.ref.type !== 'place') continue;
    const place = mention.ref.place;
    const known = byId.get(place.id) ?? { place, mentions: [] };
    known.mentions.push(mention);
    byId.set(place.id, known);
  }
  return [...byId.values()];
}

function sellerPlace(mentions: Mention[]): { sellerPlace?: PlaceEvidence } {
  const first = mentions.find((m) => m.field === 'origin' && m.ref.type === 'place');
  return first?.ref.type === 'place' ? { sellerPlace: { place: first.ref.place, mentions: [first] } } : {};
}
