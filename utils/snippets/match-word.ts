/**
 * Which words of the index a query word stands for, scored 0–1: the word itself
 * 1, the same root 0.95, the start of a longer word (typing in progress) 0.7–0.9,
 * one typo 0.75, two typos 0.6, a typo in the start of a word 0.5. Prefixes are a
 * range of the sorted vocabulary and typos are only looked for among words of a
 * near length, so a keystroke stays cheap on a large collection.
 */
import { boundedDistance, typoAllowance } from './fuzzy';
import { HAS_DIGIT, stem } from './normalize';
import type { SearchableSnippet, SnippetSearchIndex } from './search-index';

type Index = SnippetSearchIndex<SearchableSnippet>;

const MATCH_CACHE_SIZE = 500;

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function* startingWith(sorted: readonly string[], prefix: string): Generator<string> {
  const end = lowerBound(sorted, `${prefix}\uffff`);
  for (let i = lowerBound(sorted, prefix); i < end; i++) yield sorted[i]!;
}

/** Distinct starts of this length of the longer words without digits, cached on the index. */
function prefixesOf(index: Index, length: number): readonly string[] {
  let prefixes = index.prefixes.get(length);
  if (!prefixes) {
    const distinct: string[] = [];
    for (const token of index.sorted) {
      if (token.length <= length || HAS_DIGIT.test(token)) continue;
      const prefix = token.slice(0, length);
      if (distinct[distinct.length - 1] !== prefix) distinct.push(prefix);
    }
    prefixes = distinct;
    index.prefixes.set(length, prefixes);
  }
  return prefixes;
}

export function matchWord(index: Index, word: string): ReadonlyMap<string, number> {
  const cached = index.matchCache.get(word);
  if (cached) return cached;
  const scores = new Map<string, number>();
  const offer = (token: string, score: number) => {
    if ((scores.get(token) ?? 0) < score) scores.set(token, score);
  };
  if (index.tokenIds.has(word)) offer(word, 1);
  for (const token of index.byStem.get(stem(word)) ?? []) offer(token, 0.95);
  for (const token of startingWith(index.sorted, word)) {
    if (token.length > word.length) offer(token, 0.7 + (0.2 * word.length) / token.length);
  }
  const allowance = HAS_DIGIT.test(word) ? 0 : typoAllowance(word.length);
  if (allowance > 0) {
    const typoHits: string[] = [];
    for (let length = word.length - allowance; length <= word.length + allowance; length++) {
      for (const token of index.byLength.get(length) ?? []) {
        const distance = boundedDistance(word, token, allowance);
        if (distance > 0 && distance <= allowance) {
          offer(token, distance === 1 ? 0.75 : 0.6);
          typoHits.push(token);
        }
      }
    }
    for (const prefix of prefixesOf(index, word.length)) {
      if (boundedDistance(word, prefix, 1) !== 1) continue;
      for (const token of startingWith(index.sorted, prefix)) offer(token, 0.5);
    }
    // A misspelt "pengirman" still reaches "ongkir" through the root of what it was mistaken for.
    for (const hit of typoHits) {
      for (const token of index.byStem.get(stem(hit)) ?? []) offer(token, 0.55);
    }
  }
  if (index.matchCache.size >= MATCH_CACHE_SIZE) index.matchCache.clear();
  index.matchCache.set(word, scores);
  return scores;
}
