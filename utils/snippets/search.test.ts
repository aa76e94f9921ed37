import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, closest } from './fuzzy';
import { buildSearchText, normalizeText, stem } from './normalize';
import { createSearchIndex, type SearchableSnippet } from './search-index';
import { searchSnippets } from './search';

type Item = SearchableSnippet & { id: string };

const item = (id: string, title: string, body: string, extra: Partial<Item> = {}): Item => ({
  id,
  title,
  body,
  tags: [],
  useCount: 0,
  ...extra,
});

const snippets: Item[] = [
  item('garansi', 'Garansi dan Retur', 'Garansi 7 hari untuk cacat produksi. Retur dengan video unboxing.', {
    shortcut: ';garansi',
    tags: ['kebijakan'],
  }),
  item('kirim', 'Info Pengiriman', 'Pesanan dikemas rapi dan dikirim setiap hari kerja dari {{kota}}.', {
    shortcut: ';kirim',
    tags: ['ongkir'],
  }),
  item(
    'batik',
    'Perawatan Batik Tulis',
    'Cuci dengan lerak, jangan diperas, jemur di tempat teduh. Garansi warna tidak berlaku bila dicuci mesin.',
    {
      tags: ['batik', 'perawatan'],
    },
  ),
  item('keramik', 'Perawatan Keramik', 'Keramik aman untuk microwave. Hindari perubahan suhu mendadak.', { tags: ['keramik'] }),
  item('halal', 'Info Halal', 'Produk bersertifikat halal.', { tags: ['halal'], marketplaces: ['shopee'] }),
  item('pirt', 'Izin P-IRT', 'Produk pangan olahan rumah tangga dengan izin P-IRT.', { language: 'id' }),
  item('size', 'Size chart', 'Size S M L XL in centimetres.', { language: 'en', tags: ['ukuran'] }),
];

const ids = (query: string, options = {}) => searchSnippets(snippets, query, options).map((result) => result.snippet.id);

describe('normalizeText', () => {
  it('folds case, accents, stretched letters, reduplication and short hyphenated prefixes', () => {
    expect(normalizeText('GARANSIII Resmi!!')).toBe('garansi resmi');
    expect(normalizeText('Café Crème')).toBe('cafe creme');
    expect(normalizeText('kue2 lebaran')).toBe('kue lebaran');
    expect(normalizeText('Izin P-IRT, e-mail')).toBe('izin pirt email');
    expect(normalizeText('  mantappp\tbangettt  ')).toBe('mantap banget');
  });

  it('agrees with the plain regular-expression definition it replaces', () => {
    const reference = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/(\p{L})\1{2,}/gu, '$1')
        .replace(/(\p{L}{2,})2(?!\p{N})/gu, '$1')
        .replace(/(?<![\p{L}\p{N}])(\p{L}{1,2})-(?=\p{L})/gu, '$1')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const alphabet = fc.constantFrom(...'aAbeEpr2 1-0.é É ñ ç\u0301ü ,;🎁\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('stems the words sellers use for these texts', () => {
    expect(stem('pengiriman')).toBe('kirim');
    expect(stem('ongkir')).toBe('kirim');
    expect(stem('barangnya')).toBe('barang');
    expect(stem('perawatan')).toBe('rawat');
    expect(stem('batik')).toBe('batik');
  });

  it('keeps the four fields apart in searchText', () => {
    expect(buildSearchText({ title: 'Garansi!', shortcut: ';garansi', tags: ['Kebijakan', 'Toko'], body: 'Tujuh HARI' })).toBe(
      'garansi|garansi|kebijakan toko|tujuh hari',
    );
  });
});

describe('boundedDistance', () => {
  it('counts a swap of neighbours as one typo and gives up beyond the bound', () => {
    expect(boundedDistance('garnasi', 'garansi', 2)).toBe(1);
    expect(boundedDistance('grnsi', 'garansi', 2)).toBe(2);
    expect(boundedDistance('keramik', 'batik', 2)).toBe(3);
    expect(boundedDistance('kirim', 'kirim', 1)).toBe(0);
    expect(closest('nama_tko', ['kota', 'nama_toko', 'judul'])).toBe('nama_toko');
  });
});

describe('searchSnippets', () => {
  it('finds misspelt words', () => {
    expect(ids('garnasi')[0]).toBe('garansi');
    expect(ids('perawtan batk')).toEqual(['batik']);
    expect(ids('keramk')).toEqual(['keramik']);
    expect(ids('pengirman')[0]).toBe('kirim');
  });

  it('finds word variants and roots', () => {
    expect(ids('ongkir')).toContain('kirim');
    expect(ids('pengiriman')).toContain('kirim');
    expect(ids('dikirim')[0]).toBe('kirim');
    expect(ids('pirt')).toEqual(['pirt']);
    expect(ids('P-IRT')).toEqual(['pirt']);
    expect(ids('ukuran')).toEqual(['size']);
  });

  it('matches words as they are typed', () => {
    expect(ids('kera')[0]).toBe('keramik');
    expect(ids('peng')).toContain('kirim');
  });

  it('ranks title and shortcut above body', () => {
    // "garansi" is in the title of one and the body of the other.
    expect(ids('garansi')).toEqual(['garansi', 'batik']);
  });

  it('puts the exact shortcut first', () => {
    expect(ids(';kirim')[0]).toBe('kirim');
  });

  it('requires every word, and falls back to the most words when none has all', () => {
    expect(ids('perawatan keramik')).toEqual(['keramik']);
    expect(ids('keramik zzzzqq')).toEqual(['keramik']);
    expect(ids('zzzzqq')).toEqual([]);
  });

  it('breaks ties with what was used recently, then most', () => {
    const twins = [
      item('old', 'Garansi toko', 'x', { useCount: 50, lastUsedAt: 1_000 }),
      item('new', 'Garansi toko', 'x', { useCount: 1, lastUsedAt: 9_000 }),
      item('never', 'Garansi toko', 'x', { useCount: 99 }),
    ];
    expect(searchSnippets(twins, 'garansi').map((result) => result.snippet.id)).toEqual(['new', 'old', 'never']);
  });

  it('lists recent snippets for an empty query', () => {
    const used = snippets.map((snippet, index) => ({ ...snippet, lastUsedAt: index === 3 ? 5_000 : undefined }));
    expect(searchSnippets(used, '   ')[0]!.snippet.id).toBe('keramik');
  });

  it('filters by marketplace, language and folder', () => {
    expect(ids('halal', { marketplace: 'shopee' })).toEqual(['halal']);
    expect(ids('halal', { marketplace: 'lazada' })).toEqual([]);
    expect(ids('size', { language: 'id' })).toEqual([]);
    expect(ids('size', { limit: 0 })).toEqual([]);
  });

  it('uses precomputed searchText and an explicit index alike', () => {
    const stored = snippets.map((snippet) => ({ ...snippet, searchText: buildSearchText(snippet) }));
    const index = createSearchIndex(stored);
    expect(searchSnippets(index, 'garnasi').map((result) => result.snippet.id)).toEqual(ids('garnasi'));
  });
});
