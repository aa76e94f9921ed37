/**
 * Places: every province and kabupaten/kota (knowledge/regions.ts) merged with the centres sellers
 * name (knowledge/centres.ts). Kab. and Kota Pekalongan and the batik centre Pekalongan are one
 * place to a buyer, so places are merged by name.
 */
import { CENTRES } from '../knowledge/centres';
import { ADJACENT_PLACE_WORDS, PLACE_ALIASES, STRICT_PLACE_WORDS } from '../knowledge/place-words';
import { PROVINCES } from '../knowledge/regions';
import type { LexiconEntry } from '../knowledge/types';
import { memoizedNormalizeWord, normalizeWord } from '../text/fold';
import { phraseKeys } from '../text/tokenize';

export interface Place {
  /** "place:" + the label's key; GI data refers to places this way ("place:Gayo"). */
  id: string;
  label: string;
  /** Every way of writing it, as keys ("pekalongan", "surakarta"). */
  terms: Set<string>;
  /** Where it is, for people: "Kab. Rembang", "Jawa Tengah". */
  within: string;
  /** Lexicon ids it is known for. */
  knownFor: Set<string>;
  /** A province or island-wide region is a weak origin next to a town or centre: "Songket Alor", not "Songket Nusa Tenggara Timur". */
  broad: boolean;
}

export interface Gazetteer {
  places: Map<string, Place>;
  /** Each written form to its place; a centre wins over a regency of the same spelling ("Toba Samosir" → Toba). */
  byTerm: Map<string, Place>;
}

/** free: any mention; adjacent: after an origin word or a product; strict: after an origin word only. */
export type PlaceTrust = 'free' | 'adjacent' | 'strict';

export const placeKey = (name: string, keyOf = normalizeWord) => phraseKeys(name, keyOf).join(' ');
export const placeId = (name: string) => `place:${placeKey(name)}`;

const STRICT = new Set(STRICT_PLACE_WORDS.map(normalizeWord));
const ADJACENT = new Set(ADJACENT_PLACE_WORDS.map(normalizeWord));
/** "DKI Jakarta" and "DI Yogyakarta" are called Jakarta and Yogyakarta. */
// Stryker disable next-line Regex: no province has DKI or DI inside its name, so anchoring the prefix changes no name
const shortName = (province: string) => province.replace(/^(DKI|DI) /, '');

/**
 * @param entries lexicon entries whose `from` regions are merged into those places' knownFor, so an
 * entry and its regions are one line of knowledge.
 */
export function buildGazetteer(keyOf = memoizedNormalizeWord(), entries: readonly Pick<LexiconEntry, 'id' | 'from'>[] = []): Gazetteer {
  const places = new Map<string, Place>();
  const add = (label: string, within: string, terms: readonly string[] = [], knownFor: readonly string[] = [], broad = false) => {
    const key = placeKey(label, keyOf);
    const id = `place:${key}`;
    const place = places.get(id) ?? { id, label, terms: new Set<string>(), within, knownFor: new Set<string>(), broad };
    // Yogyakarta, Bengkulu, Gorontalo: a province that is also a kota or a centre is a specific place.
    place.broad &&= broad;
    place.terms.add(key);
    for (const term of terms) place.terms.add(placeKey(term, keyOf));
    for (const entry of knownFor) place.knownFor.add(entry);
    places.set(id, place);
    return place;
  };
  for (const province of PROVINCES) {
    add(shortName(province.name), 'Indonesia', [province.name], [], true);
    for (const name of province.kab.split('|').filter(Boolean)) add(name, `Kab. ${name}, ${province.name}`);
    for (const name of province.kota.split('|').filter(Boolean)) add(name, `Kota ${name}, ${province.name}`);
  }
  for (const centre of CENTRES) {
    const place = add(centre.label, centre.regency, centre.terms, centre.knownFor, centre.broad);
    // A centre's label wins over the regency list's spelling, and its place over the regency's.
    place.label = centre.label;
    place.within = centre.regency;
  }
  const byTerm = new Map([...places.values()].flatMap((place) => [...place.terms].map((term) => [term, place] as const)));
  // Stryker disable next-line ArrayDeclaration: a made-up region in place of none names no place, so nothing is added either way
  for (const entry of entries) for (const label of entry.from ?? []) byTerm.get(placeKey(label, keyOf))?.knownFor.add(entry.id);
  for (const [alias, name] of Object.entries(PLACE_ALIASES)) {
    const place = byTerm.get(placeKey(name, keyOf));
    if (place) byTerm.set(placeKey(alias, keyOf), place);
  }
  return { places, byTerm };
}

/** How far a written form can be trusted as a place: only one-word names are ever common words. */
export function placeTrust(keys: readonly string[]): PlaceTrust {
  if (keys.length !== 1) return 'free';
  if (STRICT.has(keys[0]!)) return 'strict';
  return ADJACENT.has(keys[0]!) ? 'adjacent' : 'free';
}
