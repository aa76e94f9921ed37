/**
 * Pinned after a mutation run (issue 14): the index keeps each word's best field per snippet and
 * grows its buffers past their first size; the search tests used collections too small to reach
 * the growth, and never put one word in two fields of one snippet.
 */
import { describe, expect, it } from 'vitest';
import { searchSnippets } from './search';
import { createSearchIndex, updateSearchIndex, type SearchableSnippet } from './search-index';

type Item = SearchableSnippet & { id: string };
const item = (id: string, title: string, body: string, useCount = 0): Item => ({ id, title, body, tags: [], useCount });

describe('createSearchIndex', () => {
  it('ranks a snippet by the best field a word is in, even when the word also sits in a weaker field', () => {
    const items = [
      item('body-only', 'Info toko', 'Cuci dengan lerak agar awet', 50),
      item('both', 'Lerak untuk batik', 'Cuci dengan lerak agar awet', 0),
    ];
    expect(searchSnippets(createSearchIndex(items), 'lerak').map((r) => r.snippet.id)).toEqual(['both', 'body-only']);
    // The other order of the same two snippets gives the same ranking.
    expect(searchSnippets(createSearchIndex([...items].reverse()), 'lerak').map((r) => r.snippet.id)).toEqual(['both', 'body-only']);
  });

  it('finds every snippet of a collection with more words and entries than its first buffers hold', () => {
    // 6,000 snippets, 18,000 distinct words, over 70,000 (word, snippet) entries.
    const items = Array.from({ length: 6000 }, (_, i) =>
      item(`s${i}`, `Judul kata${i} umum`, `isi${i} ulang${i} umum teks biasa untuk semua ${'lain '.repeat(3)}`),
    );
    const index = createSearchIndex(items);
    expect(searchSnippets(index, 'kata5999').map((r) => r.snippet.id)).toEqual(['s5999']);
    expect(searchSnippets(index, 'ulang4321').map((r) => r.snippet.id)).toEqual(['s4321']);
    expect(searchSnippets(index, 'isi0').map((r) => r.snippet.id)).toEqual(['s0']);
  });
});

describe('updateSearchIndex', () => {
  const items = [item('a', 'Garansi retur', 'Tukar dalam 7 hari', 3), item('b', 'Perawatan batik', 'Cuci dengan lerak', 1)];

  it('keeps the word postings when only uses changed, and ranks by the new uses', () => {
    const before = createSearchIndex(items);
    const used = [items[0]!, { ...items[1]!, useCount: 9, lastUsedAt: 1 }];
    const after = updateSearchIndex(before, used);
    expect(after.postingItems).toBe(before.postingItems);
    expect(after.items).toBe(used);
    expect(searchSnippets(after, '').map((r) => r.snippet.id)).toEqual(['b', 'a']);
    // The old index is left as it was.
    expect(searchSnippets(before, '').map((r) => r.snippet.id)).toEqual(['a', 'b']);
  });

  it('builds again when a text changed or a snippet came or went, finding what a fresh index finds', () => {
    const before = createSearchIndex(items);
    const edited = [{ ...items[0]!, title: 'Kebijakan tukar' }, items[1]!];
    const after = updateSearchIndex(before, edited);
    expect(after.postingItems).not.toBe(before.postingItems);
    expect(searchSnippets(after, 'kebijakan').map((r) => r.snippet.id)).toEqual(['a']);
    expect(searchSnippets(after, 'garansi')).toEqual([]);
    const added = updateSearchIndex(after, [...edited, item('c', 'Ongkir', 'Gratis ongkir')]);
    expect(searchSnippets(added, 'ongkir').map((r) => r.snippet.id)).toEqual(['c']);
    expect(searchSnippets(updateSearchIndex(added, []), '')).toEqual([]);
  });
});
