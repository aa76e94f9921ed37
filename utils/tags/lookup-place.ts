/**
 * Where a location string points in the gazetteer: "Kab. Pekalongan", "KOTA JAKARTA UTARA", "Jogja".
 * For location fields (the seller's city), where every name is meant as a place.
 */
import { getIndex } from './compile/build-index';
import { tokenize } from './text/tokenize';

export interface PlaceMatch {
  /** The name tags use ("Solo" for Kota Surakarta). */
  label: string;
  /** Where it is, for people ("Kab. Rembang", "Papua Selatan"). */
  within: string;
}

export function lookupPlace(text: string): PlaceMatch | undefined {
  const index = getIndex();
  // "Kab."/"Kota" need no stripping: the name after them matches, and "Lima Puluh Kota" keeps its "Kota".
  const keys = tokenize(text, index.keyOf).map((token) => token.key);
  for (const hit of index.matcher.match(keys)) {
    if (hit.value.type === 'place') return { label: hit.value.place.label, within: hit.value.place.within };
  }
  return undefined;
}
