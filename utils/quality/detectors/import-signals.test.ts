import { describe, expect, it } from 'vitest';
import { findImportSignals, findLocalClaims } from './import-signals';

const phrases = (spans: { phrase: string }[]) => spans.map((span) => span.phrase);

describe('findImportSignals', () => {
  it.each([
    ['Barang import kualitas bagus', 'import'],
    ['Produk impor Korea', 'impor'],
    ['Made in China', 'Made in China'],
    ['ex-internasional', 'ex-internasional'],
    ['Barang luar negeri', 'Barang luar negeri'],
    ['barang luar, kualitas oke', 'barang luar'],
    ['Ori Korea', 'Ori Korea'],
    ['PO China 14 hari', 'PO China'],
    ['dikirim dari China', 'dikirim dari China'],
    ['Imported from Japan', 'Imported'],
    ['cross border', 'cross border'],
  ])('finds %s', (text, phrase) => {
    expect(phrases(findImportSignals(text))).toEqual([phrase]);
  });

  it('returns spans that index the text', () => {
    const text = 'Tas anyaman, bahan impor.';
    const [span] = findImportSignals(text);
    expect(text.slice(span!.start, span!.end)).toBe('impor');
  });

  it.each([
    'Bukan barang impor',
    'tidak import',
    'Bisa kirim ke luar negeri',
    'Korean style',
    'Jambu bangkok',
    'Important: cuci terpisah',
    'Produk luar ruangan',
    'Made in Indonesia',
  ])('does not read %s as an import', (text) => {
    expect(findImportSignals(text)).toEqual([]);
  });
});

describe('findLocalClaims', () => {
  it.each([
    'Produk lokal',
    'Buatan Indonesia',
    'asli Indonesia',
    'Made in Indonesia',
    'handmade',
    'hand-made',
    'Local brand',
    'karya pengrajin',
    'bukan impor',
  ])('finds %s', (text) => {
    expect(findLocalClaims(text)).toHaveLength(1);
  });

  it('ignores ordinary mentions of local places', () => {
    expect(findLocalClaims('Dikirim dari Pekalongan, Jawa Tengah')).toEqual([]);
  });
});
