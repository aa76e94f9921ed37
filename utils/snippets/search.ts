/**
 * Palette search: every query word must be found (exactly, by root, as the start
 * of a word or with a typo or two) in the title, shortcut, tags or body. Scores
 * add up per word with the field's weight; what was used recently and often
 * wins a tie. When no snippet has every word, those with the most words come back.
 */
import type { Language } from '../i18n/translate';
import type { MarketplaceId } from '../marketplaces/types';
import { matchWord } from './match-word';
import { STOP_WORDS, normalizeText, tokenize } from './normalize';
import { createSearchIndex, type SearchableSnippet, type SnippetSearchIndex } from './search-index';

export interface SearchOptions {
  /** Only snippets meant for this marketplace (or for all). */
  marketplace?: MarketplaceId;
  language?: Language;
  folder?: string;
  /** At most this many results (default 50). */
  limit?: number;
}

export interface SearchResult<T> {
  snippet: T;
  score: number;
}

/** Typing the exact shortcut puts its snippet first, whatever else matches. */
const SHORTCUT_BONUS = 100;

const indexes = new WeakMap<readonly SearchableSnippet[], SnippetSearchIndex<SearchableSnippet>>();

/**
 * The index for an array is built on the first search and reused while the same
 * array is passed: give a new array (as React state does) when snippets change.
 */
function indexFor<T extends SearchableSnippet>(source: readonly T[] | SnippetSearchIndex<T>): SnippetSearchIndex<T> {
  if (!Array.isArray(source)) return source as SnippetSearchIndex<T>;
  const items = source as readonly T[];
  let index = indexes.get(items);
  if (!index) {
    index = createSearchIndex(items);
    indexes.set(items, index);
  }
  return index as SnippetSearchIndex<T>;
}

function allowedBy(options: SearchOptions): (item: SearchableSnippet) => boolean {
  return (item) =>
    (!options.marketplace || !item.marketplaces?.length || item.marketplaces.includes(options.marketplace)) &&
    (!options.language || !item.language || item.language === options.language) &&
    (options.folder === undefined || item.folder === options.folder);
}

/** Query words, normalised like the snippets; common words dropped unless nothing else is left. */
function queryWords(query: string): string[] {
  const words = [...new Set(tokenize(normalizeText(query)))].slice(0, 16);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

export function searchSnippets<T extends SearchableSnippet>(
  source: readonly T[] | SnippetSearchIndex<T>,
  query: string,
  options: SearchOptions = {},
): SearchResult<T>[] {
  const index = indexFor(source);
  const { items } = index;
  const allowed = allowedBy(options);
  const limit = options.limit ?? 50;
  const words = queryWords(query);
  if (words.length === 0) {
    const recent: SearchResult<T>[] = [];
    for (const item of index.useOrder) {
      if (recent.length >= limit) break;
      if (allowed(items[item]!)) recent.push({ snippet: items[item]!, score: 0 });
    }
    return recent;
  }

  const total = new Float64Array(items.length);
  const found = new Uint8Array(items.length);
  for (const word of words) {
    const best = new Float64Array(items.length);
    const touched: number[] = [];
    for (const [token, score] of matchWord(index, word)) {
      const id = index.tokenIds.get(token)!;
      for (let k = index.offsets[id]!; k < index.offsets[id + 1]!; k++) {
        const item = index.postingItems[k]!;
        const value = score * index.postingWeights[k]!;
        if (best[item] === 0) touched.push(item);
        if (value > best[item]!) best[item] = value;
      }
    }
    for (const item of touched) {
      total[item]! += best[item]!;
      found[item]! += 1;
    }
  }
  for (const item of index.byShortcut.get(normalizeText(query)) ?? []) {
    total[item]! += SHORTCUT_BONUS;
    found[item] = words.length;
  }

  let needed = 0;
  for (let item = 0; item < items.length; item++) {
    if (found[item]! > needed && allowed(items[item]!)) needed = found[item]!;
    if (needed === words.length) break;
  }
  if (needed === 0) return [];
  const hits: number[] = [];
  for (let item = 0; item < items.length; item++) {
    if (found[item] === needed && allowed(items[item]!)) hits.push(item);
  }
  const { useRank } = index;
  hits.sort((a, b) => total[b]! - total[a]! || useRank[a]! - useRank[b]!);
  return hits.slice(0, limit).map((item) => ({ snippet: items[item]!, score: total[item]! }));
}
