/**
 * Pinned after a mutation run (issue 14): the index keeps each word's best field per snippet and
 * grows its buffers past their first size; the search tests used collections too small to reach
 * the growth, and never put one word in two fields of one snippet.
 */
import { describe, expect, it } from 'vitest';
import { searchSnippets } from './search';
import { createSearchIndex, type SearchableSnippet } from './search-index';

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
