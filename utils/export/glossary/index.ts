/**
 * The glossary as one lookup: every group's entries by their Indonesian words, and the place names
 * a draft keeps as they are (the tag suggester's centres and Indonesia's provinces and regencies,
 * from utils/tags/knowledge: one list of places for the whole extension).
 */
import { CENTRES } from '../../tags/knowledge/centres';
import { PROVINCES } from '../../tags/knowledge/regions';
import { CARE } from './care';
import { COLOUR } from './colour';
import { CRAFT } from './craft';
import { FOOD } from './food';
import { MATERIAL } from './material';
import { SIZE } from './size';
import { TEXTILE } from './textile';
import type { GlossaryGroup } from './types';
import { WORDS } from './words';

export type { GlossaryGroup } from './types';
export { REPAIRS } from './repairs';

/** Most specific first only matters for readers: lookups take the longest match anyway. */
export const GLOSSARY_GROUPS: readonly GlossaryGroup[] = [CRAFT, TEXTILE, FOOD, MATERIAL, SIZE, COLOUR, CARE, WORDS];

export interface GlossaryEntry {
  english: string;
  protect: boolean;
}

export interface Glossary {
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** Place names, lower case, kept as written. */
  places: ReadonlySet<string>;
  /** For each first word of an entry or place, the most words such a phrase has: a word no phrase starts with costs one lookup. */
  phraseLength: ReadonlyMap<string, number>;
}

let built: Glossary | undefined;

/** Built once, on first use (about a thousand small strings). */
export function glossary(): Glossary {
  if (built) return built;
  const entries = new Map<string, GlossaryEntry>();
  for (const group of GLOSSARY_GROUPS) {
    for (const [indonesian, english] of group.entries) entries.set(indonesian, { english, protect: group.protect });
  }
  const places = new Set<string>();
  for (const centre of CENTRES) for (const name of [centre.label, ...(centre.terms ?? [])]) places.add(name.toLowerCase());
  for (const province of PROVINCES) {
    places.add(province.name.toLowerCase());
    for (const name of `${province.kab}|${province.kota}`.split('|')) if (name) places.add(name.toLowerCase());
  }
  const phraseLength = new Map<string, number>();
  for (const key of [...entries.keys(), ...places]) {
    const words = key.split(' ');
    phraseLength.set(words[0]!, Math.max(phraseLength.get(words[0]!) ?? 1, words.length));
  }
  built = { entries, places, phraseLength };
  return built;
}
