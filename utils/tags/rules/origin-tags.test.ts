import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

const origins = (listing: Omit<Listing, 'marketplace'>) =>
  suggestTags({ marketplace: 'tokopedia', ...listing }, { limit: 50 })
    .filter((t) => t.kind === 'origin')
    .map((t) => t.label);

describe('origin tags', () => {
  it('name the product with its place', () => {
    expect(origins({ title: 'Dodol Garut Asli' })).toEqual(expect.arrayContaining(['Dodol Garut', 'Garut']));
    expect(origins({ title: 'Keripik Tempe oleh2 khas Malang' })).toEqual(
      expect.arrayContaining(['Keripik Tempe Malang', 'Oleh-oleh Malang']),
    );
  });

  it('read common words as places only after an origin word or Kab./Kota', () => {
    expect(origins({ title: 'Kayu Manis Kerinci Batang 100gr' })).not.toContain('Batang');
    expect(origins({ title: 'Cincin Batu Akik' })).toEqual([]);
    expect(origins({ title: 'Kerupuk Ikan Asli Kota Batu' })).toContain('Batu');
  });

  it('do not read a shipping address as an origin', () => {
    expect(origins({ title: 'Batik Tulis Solo', description: 'Dikirim dari Jakarta' })).not.toContain('Jakarta');
  });

  it('do not read a place hidden in a product name', () => {
    expect(origins({ title: 'Bika Ambon Medan' })).not.toContain('Ambon');
    expect(origins({ title: 'Bibit Pisang Ambon' })).toEqual([]);
  });

  it('use the seller city only for what it is known for, and more weakly', () => {
    const [tag] = suggestTags(
      { marketplace: 'tokopedia', title: 'Kemeja Batik Cap Pria', origin: 'Kota Pekalongan' },
      { limit: 50 },
    ).filter((t) => t.kind === 'origin');
    expect(tag).toMatchObject({ label: 'Batik Pekalongan', confidence: 0.5 });
    expect(tag?.reason.map((r) => r.field)).toEqual(['title', 'origin']);
    expect(origins({ title: 'Case HP Softcase', origin: 'Kota Pekalongan' })).toEqual([]);
  });

  it('prefer a town to its province', () => {
    const labels = origins({ title: 'Tenun Ikat Ende Flores NTT' });
    expect(labels).toContain('Tenun Ikat Ende');
    expect(labels).not.toContain('Tenun Ikat Nusa Tenggara Timur');
  });

  // Pinned after a mutation run (issue 14): without this guard "Brand Lokal" makes Gayo the T-shirt's origin.
  it('do not take the place of a product that is only a print on a T-shirt ("Kaos Kopi Gayo"), even when the shop says it is local', () => {
    expect(origins({ title: 'Kaos Kopi Gayo Brand Lokal' })).toEqual([]);
    expect(origins({ title: 'Kaos Kopi Gayo Warna Coklat Brand Lokal' })).toEqual([]);
    expect(origins({ title: 'Kaos Kopi Gayo Bandung Brand Lokal' })).toEqual(['Bandung']);
    // The same words on the coffee itself, and a T-shirt's own town, still give the place.
    expect(origins({ title: 'Kopi Gayo Brand Lokal' })).toEqual(expect.arrayContaining(['Kopi Gayo', 'Gayo']));
    expect(origins({ title: 'Kaos Distro Bandung Brand Lokal' })).toEqual(['Bandung']);
  });

  it('do not take the place of a product printed on something ("gambar Kopi Gayo", "sablon Rendang Padang")', () => {
    expect(origins({ title: 'Kaos Gambar Kopi Gayo Brand Lokal' })).toEqual([]);
    expect(origins({ title: 'Tote Bag Sablon Rendang Padang Kanvas' })).toEqual([]);
    expect(origins({ title: 'Kopi Gayo Arabika 250 gr Brand Lokal' })).toEqual(expect.arrayContaining(['Gayo']));
  });
});
