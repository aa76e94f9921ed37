/**
 * An inverted index over snippets, built ahead of the palette (the background
 * keeps one for the stored snippets and refreshes it after each change): every
 * distinct word points at the snippets holding it and the best field it is in.
 * A keystroke then looks words up (match-word.ts) instead of reading every body.
 * Postings live in typed arrays: half a million of them as objects would keep
 * the garbage collector busy for longer than the whole build.
 */
import type { Language } from '../i18n/translate';
import type { MarketplaceId } from '../marketplaces/types';
import { HAS_DIGIT, SEARCH_FIELD_SEPARATOR, buildSearchText, stem } from './normalize';

export interface SearchableSnippet {
  title: string;
  shortcut?: string;
  tags: readonly string[];
  body: string;
  useCount: number;
  lastUsedAt?: number;
  folder?: string;
  marketplaces?: readonly MarketplaceId[];
  language?: Language;
  /** Precomputed by `buildSearchText` (the database keeps it); computed here when absent. */
  searchText?: string;
}

/** Title, shortcut, tags, body: a word in the title counts three times one in the body. */
const FIELD_WEIGHTS = [3, 4, 2, 1] as const;

export interface SnippetSearchIndex<T extends SearchableSnippet> {
  readonly items: readonly T[];
  readonly tokenIds: ReadonlyMap<string, number>;
  /** Postings of word `id` are `postingItems[offsets[id]]` up to `offsets[id + 1]`, with their field weights. */
  readonly offsets: Int32Array;
  readonly postingItems: Int32Array;
  readonly postingWeights: Uint8Array;
  /** Every distinct word, sorted, so the words starting with a prefix are one range. */
  readonly sorted: readonly string[];
  /** Words without digits by length: the only candidates for typo matching. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  readonly byStem: ReadonlyMap<string, readonly string[]>;
  readonly byShortcut: ReadonlyMap<string, readonly number[]>;
  /** Item indexes, most recently (then most often) used first; and each item's place in that order. */
  readonly useOrder: readonly number[];
  readonly useRank: Int32Array;
  /** Distinct word starts of each length, built when a query of that length first needs them. */
  readonly prefixes: Map<number, readonly string[]>;
  readonly matchCache: Map<string, ReadonlyMap<string, number>>;
}

/** The tie-break: used more recently, then more often. Sorted once here, not on every keystroke. */
export function byUse(a: SearchableSnippet, b: SearchableSnippet): number {
  return (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || b.useCount - a.useCount;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function grow<A extends Int32Array>(array: A, needed: number): A {
  if (needed <= array.length) return array;
  const bigger = new Int32Array(Math.max(needed, array.length * 2)) as A;
  bigger.set(array);
  return bigger;
}

export function createSearchIndex<T extends SearchableSnippet>(items: readonly T[]): SnippetSearchIndex<T> {
  const tokenIds = new Map<string, number>();
  const byShortcut = new Map<string, number[]>();
  // One entry per (word, snippet): the word's id and item × 8 + weight.
  let entryToken = new Int32Array(1 << 16);
  let entryPacked = new Int32Array(1 << 16);
  let entries = 0;
  // Where each word's entry for the current item is, to keep only its best field.
  let lastItem = new Int32Array(1 << 12).fill(-1);
  let lastEntry = new Int32Array(1 << 12);
  items.forEach((item, itemIndex) => {
    const fields = (item.searchText ?? buildSearchText(item)).split(SEARCH_FIELD_SEPARATOR);
    for (let field = 0; field < FIELD_WEIGHTS.length; field++) {
      const text = fields[field];
      if (!text) continue;
      const weight = FIELD_WEIGHTS[field]!;
      for (const token of text.split(' ')) {
        let id = tokenIds.get(token);
        if (id === undefined) {
          id = tokenIds.size;
          tokenIds.set(token, id);
          if (id >= lastItem.length) {
            const size = lastItem.length * 2;
            lastItem = grow(lastItem, size);
            lastItem.fill(-1, size / 2);
            lastEntry = grow(lastEntry, size);
          }
        }
        if (lastItem[id] === itemIndex) {
          const at = lastEntry[id]!;
          if ((entryPacked[at]! & 7) < weight) entryPacked[at] = itemIndex * 8 + weight;
          continue;
        }
        entryToken = grow(entryToken, entries + 1);
        entryPacked = grow(entryPacked, entries + 1);
        entryToken[entries] = id;
        entryPacked[entries] = itemIndex * 8 + weight;
        lastItem[id] = itemIndex;
        lastEntry[id] = entries++;
      }
    }
    if (fields[1]) push(byShortcut, fields[1], itemIndex);
  });

  // Counting sort of the entries by word; items stay in ascending order within a word.
  const offsets = new Int32Array(tokenIds.size + 1);
  for (let e = 0; e < entries; e++) offsets[entryToken[e]! + 1]! += 1;
  for (let id = 0; id < tokenIds.size; id++) offsets[id + 1]! += offsets[id]!;
  const fill = offsets.slice(0, tokenIds.size);
  const postingItems = new Int32Array(entries);
  const postingWeights = new Uint8Array(entries);
  for (let e = 0; e < entries; e++) {
    const at = fill[entryToken[e]!]!++;
    postingItems[at] = entryPacked[e]! >> 3;
    postingWeights[at] = entryPacked[e]! & 7;
  }

  const sorted = [...tokenIds.keys()].sort();
  const byLength = new Map<number, string[]>();
  const byStem = new Map<string, string[]>();
  for (const token of sorted) {
    if (!HAS_DIGIT.test(token)) push(byLength, token.length, token);
    push(byStem, stem(token), token);
  }
  const { useOrder, useRank } = orderByUse(items);
  return {
    items,
    tokenIds,
    offsets,
    postingItems,
    postingWeights,
    sorted,
    byLength,
    byStem,
    byShortcut,
    useOrder,
    useRank,
    prefixes: new Map(),
    matchCache: new Map(),
  };
}

function orderByUse(items: readonly SearchableSnippet[]): { useOrder: number[]; useRank: Int32Array } {
  const useOrder = items.map((_, index) => index).sort((a, b) => byUse(items[a]!, items[b]!));
  const useRank = new Int32Array(items.length);
  for (const [rank, item] of useOrder.entries()) useRank[item] = rank;
  return { useOrder, useRank };
}

const searchTextOf = (item: SearchableSnippet) => item.searchText ?? buildSearchText(item);

/**
 * The index for `items`, reusing `previous` where the text did not change: when
 * every item has the same searchable text at the same place (a use was counted,
 * a marketplace or folder changed), only the use order is redone and the word
 * postings are kept; otherwise the index is built again. The old index is left as it was.
 */
export function updateSearchIndex<T extends SearchableSnippet>(
  previous: SnippetSearchIndex<T> | undefined,
  items: readonly T[],
): SnippetSearchIndex<T> {
  if (!previous || previous.items.length !== items.length) return createSearchIndex(items);
  for (let i = 0; i < items.length; i++) {
    const before = previous.items[i]!;
    const now = items[i]!;
    if (before !== now && searchTextOf(before) !== searchTextOf(now)) return createSearchIndex(items);
  }
  return { ...previous, items, ...orderByUse(items) };
}
