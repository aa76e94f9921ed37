/**
 * Origin tags: the places a listing names ("Pekalongan"), product + place ("Batik Pekalongan",
 * "Dodol Garut"), and "Oleh-oleh Malang" when the listing says oleh-oleh. The seller's own city
 * (the origin field) only names a product it is known for, and more weakly: a shop in Pekalongan
 * may sell batik from Solo.
 */
import type { Analysis, EntryEvidence, Mention, PlaceEvidence } from '../analysis/types';
import type { Place } from '../compile/gazetteer';
import { isOlehOleh } from '../text/origin-patterns';
import { FIELD_WEIGHT, joinReasons, reasonsOf, round, type Candidate } from './candidate';
import { leaves, productOf } from './leaves';

/** A place said to be the origin ("khas Garut") or written after the product ("Dodol Garut") is meant. */
const PLAIN_PLACE = 0.85;
/** A place alone says less about the product than the product named with it. */
const PLACE_ALONE = 0.92;
const SELLER_CITY = 0.5;
const KNOWN_FOR = 0.05;
const MAX_PLACES = 3;
const MAX_NAMING_PLACES = 2;

export function originTags(analysis: Analysis): Candidate[] {
  const places = analysis.places
    .map((p) => ({ ...p, score: placeScore(p.mentions) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_PLACES);
  const products = namingProducts(analysis);
  const tags: Candidate[] = places.map(({ place, mentions, score }) => ({
    label: place.label,
    kind: 'origin',
    confidence: round(score * PLACE_ALONE),
    reason: reasonsOf(mentions),
    claimsLocal: true,
  }));
  const specific = places.some((p) => !p.place.broad);
  for (const place of places.filter((p) => !(specific && p.place.broad)).slice(0, MAX_NAMING_PLACES)) {
    for (const product of products.filter((p) => canName(p, place.place, analysis))) {
      const productScore = Math.max(...product.mentions.map((m) => FIELD_WEIGHT[m.field]));
      const bonus = knownFor(product, place.place, analysis) ? KNOWN_FOR : 0;
      tags.push(combo(product, place, (productScore + place.score) / 2 + bonus));
    }
    const olehOleh = place.mentions.find((m) => isOlehOleh(m.pattern));
    if (olehOleh)
      tags.push({
        label: `Oleh-oleh ${place.place.label}`,
        kind: 'origin',
        confidence: round(place.score),
        reason: reasonsOf([olehOleh]),
        claimsLocal: true,
      });
  }
  const seller = analysis.sellerPlace;
  if (places.length === 0 && seller) {
    const ownProducts = products.filter((p) => isMadeThere(p) && knownFor(p, seller.place, analysis));
    for (const product of ownProducts) tags.push(combo(product, seller, SELLER_CITY));
  }
  return tags;
}

/** The most specific products, as named in a place tag: not "Tenun Sikka" beside "Tenun Ikat Sikka". */
function namingProducts(analysis: Analysis): EntryEvidence[] {
  const products = leaves(analysis).flatMap((leaf) => productOf(leaf, analysis) ?? []);
  const lineage = analysis.index.lineage;
  const isFirst = (p: EntryEvidence, i: number) => products.findIndex((q) => q.entry.id === p.entry.id) === i;
  // Stryker disable next-line OptionalChaining: equivalent; the index has a lineage for every entry
  const isBroader = (p: EntryEvidence) => products.some((q) => q.entry.id !== p.entry.id && lineage.get(q.entry.id)?.has(p.entry.id));
  return products.filter((p, i) => isFirst(p, i) && !isBroader(p));
}

const isMadeThere = ({ entry }: EntryEvidence) => Boolean(entry.local || entry.craft || entry.food) && entry.kind !== 'material';

function placeScore(mentions: Mention[]): number {
  return Math.max(...mentions.map((m) => FIELD_WEIGHT[m.field] * (m.pattern || m.afterProduct ? 1 : PLAIN_PLACE)));
}

function combo(product: EntryEvidence, place: PlaceEvidence, confidence: number): Candidate {
  const label = product.entry.label.endsWith(place.place.label) ? product.entry.label : `${product.entry.label} ${place.place.label}`;
  const naming = { entry: product.entry.id, place: place.place.id };
  return {
    label,
    kind: 'origin',
    confidence: round(Math.min(0.95, confidence)),
    reason: joinReasons(product.mentions, place.mentions),
    claimsLocal: true,
    naming,
  };
}

/**
 * Crafts, foods and Indonesian product types and techniques take any place ("Dodol Garut"); other
 * goods and materials only a place known for them ("Sepatu Cibaduyut", "Kulit Garut").
 */
function canName(product: EntryEvidence, place: Place, analysis: Analysis): boolean {
  const { entry } = product;
  if (entry.kind === 'product' && (entry.local || entry.food || entry.craft)) return true;
  if (entry.kind === 'technique' && entry.local) return true;
  return knownFor(product, place, analysis);
}

function knownFor(product: EntryEvidence, place: Place, analysis: Analysis): boolean {
  return [...(analysis.index.lineage.get(product.entry.id) ?? [])].some((id) => place.knownFor.has(id));
}
