import { describe, expect, it } from 'vitest';
import type { Listing } from '../listing/listing';
import { importSignals, suggestTags } from './index';

const LOCAL_CLAIMS = ['program', 'gi', 'origin'];
const tags = (listing: Omit<Listing, 'marketplace'>) => suggestTags({ marketplace: 'shopee', ...listing }, { limit: 50 });
const claims = (listing: Omit<Listing, 'marketplace'>) =>
  tags(listing)
    .filter((t) => LOCAL_CLAIMS.includes(t.kind) || /indonesia/i.test(t.label))
    .map((t) => t.label);

describe('honesty guard', () => {
  it.each([
    { title: 'Kain Batik Tulis Pekalongan Kualitas Import' },
    { title: 'Keripik Tempe Malang', description: 'Made in China' },
    { title: 'Tas Rotan Bali Bulat', description: 'Barang luar negeri, ready stock' },
    { title: 'Kain Batik Motif Parang Guangzhou' },
    { title: 'Kemeja Flanel Ex Internasional Bandung' },
    { title: 'Songket Palembang', origin: 'Luar Negeri' },
  ])('withholds every local claim from $title', (listing) => {
    expect(claims(listing)).toEqual([]);
  });

  it('keeps the honest product tags of an import', () => {
    expect(tags({ title: 'Tas Rotan Import Vietnam' }).map((t) => t.label)).toContain('Tas Rotan');
  });

  it('reads "bukan import" as a local claim, not an import', () => {
    expect(claims({ title: 'Keripik Tempe Khas Malang', description: 'Produk lokal, bukan import' })).toContain('Produk Lokal');
  });

  it('does not take Indonesian varieties named after foreign cities for imports', () => {
    expect(importSignals({ marketplace: 'shopee', title: 'Bibit Jambu Bangkok Merah' })).toEqual([]);
  });

  it('says which words signal the import', () => {
    const signals = importSignals({ marketplace: 'shopee', title: 'Tas Wanita Guangzhou', description: 'Kualitas import' });
    expect(signals.map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(['guangzhou', 'import']));
  });

  it('needs positive evidence: a seller city alone gives no programme tag', () => {
    expect(claims({ title: 'Case HP Samsung Softcase', origin: 'Kota Bandung' })).toEqual([]);
  });
});
