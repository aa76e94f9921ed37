/**
 * The palette's filters and its empty query. Pinned after a mutation run (issue 14): the search
 * tests never combined a filter with an empty query, a folder, or a query of only common words.
 */
import { describe, expect, it } from 'vitest';
import { searchSnippets } from './search';
import type { SearchableSnippet } from './search-index';

type Item = SearchableSnippet & { id: string };
const item = (id: string, extra: Partial<Item> = {}): Item => ({
  id,
  title: `Garansi ${id}`,
  body: 'Garansi toko 7 hari.',
  tags: [],
  useCount: 0,
  ...extra,
});

const items: Item[] = [
  item('shopee', { marketplaces: ['shopee'], useCount: 5 }),
  item('all', { useCount: 4 }),
  item('english', { language: 'en', useCount: 3 }),
  item('folder', { folder: 'Kebijakan', useCount: 2 }),
  item('tokopedia', { marketplaces: ['tokopedia'], language: 'id', useCount: 1 }),
];
const ids = (query: string, options = {}) => searchSnippets(items, query, options).map((r) => r.snippet.id);

describe('searchSnippets options', () => {
  it('with no query lists the most used first, filtered, at most `limit`', () => {
    expect(ids('')).toEqual(['shopee', 'all', 'english', 'folder', 'tokopedia']);
    expect(ids('', { limit: 2 })).toEqual(['shopee', 'all']);
    expect(ids('', { marketplace: 'tokopedia', limit: 3 })).toEqual(['all', 'english', 'folder']);
  });

  it('keeps snippets for the marketplace or for all, in the language or in none, in the folder', () => {
    expect(ids('garansi', { marketplace: 'shopee' }).sort()).toEqual(['all', 'english', 'folder', 'shopee']);
    expect(ids('garansi', { language: 'id' }).sort()).toEqual(['all', 'folder', 'shopee', 'tokopedia']);
    expect(ids('garansi', { folder: 'Kebijakan' })).toEqual(['folder']);
    expect(ids('garansi', { folder: '' })).toEqual([]);
    expect(ids('garansi').sort()).toEqual(['all', 'english', 'folder', 'shopee', 'tokopedia']);
  });

  it('drops common words from a query unless nothing else is left', () => {
    const withCommon = [item('a', { title: 'Untuk dan yang', body: 'teks' }), item('b', { title: 'Garansi', body: 'teks' })];
    expect(searchSnippets(withCommon, 'garansi yang untuk').map((r) => r.snippet.id)).toEqual(['b']);
    expect(searchSnippets(withCommon, 'yang untuk').map((r) => r.snippet.id)).toEqual(['a']);
  });
});
