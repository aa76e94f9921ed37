import { describe, expect, it } from 'vitest';
import { localClaimConflict } from './local-claim-conflict';
import { listingWith, runRule } from '../../../tests/support/test-listings';

const check = (title: string, description: string) => runRule(localClaimConflict, listingWith({ title, description }));

describe('local-claim-conflict', () => {
  it('warns when a local claim meets an import signal, pointing at the import', () => {
    const [finding] = check('Tas Anyaman Produk Lokal', 'Bahan import dari China, kualitas bagus.');
    expect(finding).toMatchObject({
      severity: 'warning',
      field: 'description',
      params: ['Produk Lokal', 'import'],
      span: { start: 6, end: 12 },
    });
  });

  it('finds the conflict inside one field too', () => {
    expect(check('Kaos Handmade Made in China', 'Kaos.')).toHaveLength(1);
  });

  it('stays quiet for a local claim alone, an import alone, or "bukan impor"', () => {
    expect(check('Batik Tulis Buatan Indonesia', 'Dikirim dari Pekalongan.')).toEqual([]);
    expect(check('Kaos Import Bangkok', 'Barang impor.')).toEqual([]);
    expect(check('Sepatu Kulit Produk Lokal', 'Bukan barang impor, bisa kirim ke luar negeri.')).toEqual([]);
  });
});
