/**
 * The key of a word in a listing: its normalised form, or its root when the stemmer finds a root
 * the lexicon knows. Place names are never stemmed (Pekalongan is not pe+kalong+an), nor ever a
 * stem ("Malangan", a mask style, is not Malang).
 */
import { foldWord, normalizeWord } from '../text/fold';
import { stem } from '../text/stem';
import type { KeyOf } from '../text/tokenize';

/** Short words are mostly roots already; stripping them is guesswork. */
const MIN_STEMMED_LENGTH = 5;
/** Listings repeat words; a bounded cache keeps a 2 MB description from growing it without end. */
const CACHE_LIMIT = 20_000;

export function createKeyOf(vocabulary: ReadonlySet<string>, placeWords: ReadonlySet<string>): KeyOf {
  const cache = new Map<string, string>();
  const known = (candidate: string) => {
    const key = normalizeWord(candidate);
    return vocabulary.has(key) && !placeWords.has(key);
  };
  return (raw) => {
    const cached = cache.get(raw);
    // Stryker disable next-line ConditionalExpression: skipping the cache recomputes the same key (speed only, in npm run bench)
    if (cached !== undefined) return cached;
    const key = normalizeWord(raw);
    let result = key;
    if (!vocabulary.has(key) && !placeWords.has(key) && key.length >= MIN_STEMMED_LENGTH) {
      const root = stem(foldWord(raw), known);
      if (root !== undefined) result = normalizeWord(root);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is cleared changes speed, never a key
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, result);
    return result;
  };
}
