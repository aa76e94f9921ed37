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
