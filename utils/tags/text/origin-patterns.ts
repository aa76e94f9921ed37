/**
 * Origin phrases: "khas Bandung", "asli Garut", "oleh-oleh Malang", "dari Pekalongan",
 * "produksi Jepara". A place after one of these words is where the product comes from, which is
 * stronger evidence than a place named anywhere, and the only way an ambiguous name ("Batu",
 * "Kuningan") is read as a place at all.
 */
import { phraseKeys } from './tokenize';

// Stryker disable all: word lists built once at import, static mutants (see ignoreStatic in stryker.config.mjs) and data like the knowledge lists; origin-patterns.test.ts pins how they are read
export const ORIGIN_TRIGGERS: readonly string[] = [
  'khas',
  'asli',
  'asal',
  'berasal dari',
  'oleh oleh',
  'dari',
  'produksi',
  'diproduksi di',
  'buatan',
  'dibuat di',
  'made in',
  'pengrajin',
  'perajin',
  'home industry',
  'sentra',
  'kerajinan',
  'product of',
  'origin',
  'dipanen di',
  'ditanam di',
];
const OLEH_OLEH = 'oleh oleh';
/** Words that may stand between the origin word and the name: "khas kota Malang", "asli dari Garut". */
const FILLERS = new Set(['kota', 'kab', 'kabupaten', 'daerah', 'pulau', 'tanah', 'provinsi', 'desa', 'kampung']);
const TRIGGERS = ORIGIN_TRIGGERS.map((phrase) => ({ phrase, keys: phraseKeys(phrase) }));
// Stryker restore all

export interface OriginPattern {
  /** Token index where the origin words start. */
  from: number;
  /** The origin words, as keys ("oleh oleh", "khas"). */
  triggers: string[];
}

/** The origin words right before a place that starts at token `placeFrom`, if any. */
export function originPatternBefore(keys: readonly string[], placeFrom: number): OriginPattern | undefined {
  let at = placeFrom;
  // Stryker disable next-line EqualityOperator: at 0 the word before is undefined, never a filler
  while (at > 0 && FILLERS.has(keys[at - 1]!)) at--;
  const triggers: string[] = [];
  for (;;) {
    const trigger = TRIGGERS.find((t) => t.keys.length <= at && t.keys.every((k, i) => keys[at - t.keys.length + i] === k));
    if (!trigger) break;
    triggers.unshift(trigger.phrase);
    at -= trigger.keys.length;
  }
  return triggers.length ? { from: at, triggers } : undefined;
}

/** "oleh-oleh khas Malang": the place is also a souvenir place. */
// Stryker disable next-line ArrowFunction: built once at import, a static mutant; pinned by the oleh-oleh examples in origin-patterns.test.ts
export const isOlehOleh = (pattern: OriginPattern | undefined) => pattern?.triggers.includes(OLEH_OLEH) ?? false;

/** "Kab. Batu", "Kota Batu": the name is a place even when it is also a common word. */
export function hasPlacePrefix(keys: readonly string[], placeFrom: number, prefixes: ReadonlySet<string>): boolean {
  // Stryker disable next-line EqualityOperator: at 0 the word before is undefined, never a prefix
  return placeFrom > 0 && prefixes.has(keys[placeFrom - 1]!);
}
