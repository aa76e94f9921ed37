import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

const gis = (listing: Omit<Listing, 'marketplace'>) =>
  suggestTags({ marketplace: 'tokopedia', ...listing }, { limit: 50 }).filter((t) => t.kind === 'gi');

describe('Geographical Indication tags', () => {
  it('are suggested when the listing names product and place, with a check note', () => {
    const [gi] = gis({ title: 'Kopi Arabika Gayo 250gr' });
    expect(gi).toMatchObject({
      label: 'Kopi Arabika Gayo',
      requiresCheck: true,
      noteKey: 'tags_gi_check_right',
      insert: 'Kopi Arabika Gayo',
    });
    expect(gi?.reason.map((r) => r.text)).toEqual(['Kopi Arabika', 'Gayo']);
  });

  it('accept product and place from title and description together', () => {
    expect(gis({ title: 'Tenun Ikat Motif Kuda', description: 'Ditenun di Kabupaten Sikka' }).map((t) => t.label)).toEqual([
      'Tenun Ikat Sikka',
    ]);
  });

  it('are not suggested from the product, the place or the seller city alone', () => {
    expect(gis({ title: 'Kopi Arabika Premium 250gr', origin: 'Kab. Aceh Tengah' })).toEqual([]);
    expect(gis({ title: 'Kaos Gayo Highland' })).toEqual([]);
    expect(gis({ title: 'Batik Tulis Motif Latohan', origin: 'Kab. Rembang', category: 'Batik Lasem' })).toEqual([]);
  });

  it('need the registered variety and technique: no upgrade from robusta or cap', () => {
    expect(gis({ title: 'Kopi Gayo Robusta' })).toEqual([]);
    expect(gis({ title: 'Kopi Gayo Bubuk' })).toEqual([]);
    expect(gis({ title: 'Batik Cap Lasem' })).toEqual([]);
    expect(gis({ title: 'Sarung Batik Printing Pekalongan' })).toEqual([]);
  });

  it('leave out names that are not registered yet', () => {
    expect(gis({ title: 'Gerabah Kasongan Bantul' })).toEqual([]);
  });

  it('replace a shortened registered name instead of sitting beside it', () => {
    const labels = suggestTags({ marketplace: 'shopee', title: 'Kopi Kintamani Arabica' }, { limit: 50 }).map((t) => t.label);
    expect(labels).toContain('Kopi Arabika Kintamani Bali');
    expect(labels).not.toContain('Kopi Arabika Kintamani');
  });
});

/** Indication and origin labels as offered, with their kind. */
const named = (listing: Omit<Listing, 'marketplace'>) =>
  suggestTags({ marketplace: 'shopee', ...listing }, { limit: 50 })
    .filter((t) => t.kind === 'gi' || t.kind === 'origin')
    .map((t) => `${t.label} (${t.kind})`);

describe('Geographical Indication tags: the words that complete one', () => {
  it('accept any registered spelling or place name of a part, quoting the words found', () => {
    const quoted = (title: string) => gis({ title }).map((t) => `${t.label}: ${t.reason.map((r) => r.text).join('+')}`);
    expect(quoted('Batik Basurek Bengkulu')).toEqual(['Batik Besurek Bengkulu: Batik+Basurek+Bengkulu']);
    expect(quoted('Batik Besurek Bengkulu')).toEqual(['Batik Besurek Bengkulu: Batik+Besurek+Bengkulu']);
    expect(quoted('Kopi Arabika Gayo Lues')).toEqual(['Kopi Arabika Gayo: Kopi Arabika+Gayo Lues']);
    // An indication-only word ("nitik") is one of the parts.
    expect(quoted('Batik Tulis Nitik Yogyakarta')).toEqual(['Batik Tulis Nitik Yogyakarta: Batik Tulis+Nitik+Yogyakarta']);
    expect(quoted('Batik Tulis Yogyakarta')).toEqual([]);
  });

  it('are blocked by another variety in the title or description, not by one only in the category', () => {
    expect(gis({ title: 'Kopi Arabika Gayo', category: 'Kopi Robusta' }).map((t) => t.label)).toEqual(['Kopi Arabika Gayo']);
    expect(gis({ title: 'Kopi Arabika Robusta Gayo', category: 'Kopi Robusta' })).toEqual([]);
    expect(gis({ title: 'Kopi Arabika Gayo', description: 'Tersedia juga kopi liberika' })).toEqual([]);
  });
});

describe('Geographical Indication tags: the plain tags they replace', () => {
  it('replace a "Product Place" tag whose product is a kind of the registered one ("Kopi Arabika Argopuro" is "Kopi Hyang Argopuro")', () => {
    expect(named({ title: 'Kopi Arabika Argopuro' })).toEqual(['Kopi Hyang Argopuro (gi)', 'Argopuro (origin)']);
  });

  it('keep the plain tag when the indication is not suggested ("Batik Bengkulu" without the besurek motif)', () => {
    expect(named({ title: 'Batik Tulis Bengkulu' })).toEqual(['Batik Bengkulu (origin)', 'Bengkulu (origin)']);
  });

  it('keep the product named with another place', () => {
    expect(named({ title: 'Kopi Arabika Gayo Toraja' })).toEqual([
      'Kopi Arabika Gayo (gi)',
      'Kopi Arabika Toraja (origin)',
      'Gayo (origin)',
      'Toraja (origin)',
    ]);
  });

  it('keep a tag that names only part of the registered product ("Sarung Pekalongan" and "Batik Pekalongan" beside "Sarung Batik Pekalongan")', () => {
    expect(named({ title: 'Sarung Batik Tulis Pekalongan' })).toEqual([
      'Batik Pekalongan (origin)',
      'Sarung Pekalongan (origin)',
      'Sarung Batik Pekalongan (gi)',
      'Pekalongan (origin)',
    ]);
  });
});
