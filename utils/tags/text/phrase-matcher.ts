/**
 * Multi-word phrase lookup over token keys: "batik tulis", "oleh oleh", "kopi arabika gayo".
 * Phrases are indexed by their first key, so a listing costs one map lookup per token.
 */
export interface PhraseHit<T> {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  value: T;
}

export interface PhraseMatcher<T> {
  add(keys: readonly string[], value: T): void;
  /** Every phrase at every position, longest first at each position. */
  match(keys: readonly string[]): PhraseHit<T>[];
}

export function createPhraseMatcher<T>(): PhraseMatcher<T> {
  const byFirst = new Map<string, { keys: readonly string[]; value: T }[]>();
  // Lists are sorted longest first once, on the first match after an add, not on every add.
  const unsorted = new Set<string>();
  const phrasesAt = (key: string) => {
    const list = byFirst.get(key);
    if (list && unsorted.delete(key)) list.sort((a, b) => b.keys.length - a.keys.length);
    return list ?? [];
  };
  return {
    add(keys, value) {
      const first = keys[0];
      if (first === undefined) return;
      const list = byFirst.get(first);
      if (list) list.push({ keys, value });
      else byFirst.set(first, [{ keys, value }]);
      unsorted.add(first);
    },
    match(keys) {
      const hits: PhraseHit<T>[] = [];
      keys.forEach((key, from) => {
        for (const phrase of phrasesAt(key)) {
          if (phrase.keys.every((k, i) => keys[from + i] === k)) hits.push({ from, to: from + phrase.keys.length, value: phrase.value });
        }
      });
      return hits;
    },
  };
}
