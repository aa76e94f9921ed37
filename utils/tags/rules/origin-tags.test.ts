import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { analyse } from '../analysis/analyse';
import { getIndex } from '../compile/build-index';
import { suggestTags } from '../index';
import { originTags } from './origin-tags';

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

/** The origin rule's own proposals, before ranking: label, confidence, quoted words, and each once per proposal. */
const proposed = (title: string, extra: Partial<Listing> = {}) =>
  originTags(analyse({ marketplace: 'shopee', title, ...extra }, getIndex())).map(
    (tag) => `${tag.label} ${tag.confidence} ${tag.reason.map((r) => `${r.field}:${r.text}`).join('+')}`,
  );

describe('origin tags: which places and products the rule names', () => {
  it('keeps the three strongest places, and names the product with the first two, wherever they stand in the title', () => {
    // Pekalongan, written after the product, is the strongest though it comes last.
    expect(proposed('Solo Lasem Cirebon Batik Pekalongan')).toEqual([
      'Pekalongan 0.83 title:Pekalongan',
      'Solo 0.7 title:Solo',
      'Lasem 0.7 title:Lasem',
      'Batik Pekalongan 0.95 title:Batik+title:Pekalongan',
      'Batik Solo 0.88 title:Batik+title:Solo',
    ]);
  });

  it('names the product with a province only when no town is named', () => {
    expect(proposed('Tenun Ikat Sikka NTT')).toEqual([
      'Sikka 0.83 title:Sikka',
      'Nusa Tenggara Timur 0.7 title:NTT',
      'Tenun Ikat Sikka 0.95 title:Tenun Ikat+title:Sikka',
    ]);
    expect(proposed('Tenun Ikat NTT')).toEqual([
      'Nusa Tenggara Timur 0.83 title:NTT',
      'Tenun Ikat Nusa Tenggara Timur 0.9 title:Tenun Ikat+title:NTT',
    ]);
  });

  it('scores the product by its strongest field: the description repeating a title word does not weaken it', () => {
    expect(proposed('Dodol Garut', { description: 'dodol enak legit' })).toEqual([
      'Garut 0.83 title:Garut',
      'Dodol Garut 0.95 title:Dodol+title:Garut',
    ]);
  });

  it('scores a place by its strongest mention, and says oleh-oleh as strongly as the place is named', () => {
    // The description says "khas Garut" (0.7 there); the title's "Dodol Garut" (0.9) is what counts.
    expect(proposed('Dodol Garut', { description: 'Oleh-oleh khas Garut, manis legit' })).toEqual([
      'Garut 0.83 title:Garut+description:Garut',
      'Dodol Garut 0.95 title:Dodol+title:Garut',
      'Oleh-oleh Garut 0.9 description:Garut',
    ]);
  });

  it('names a product once, even when two techniques stand for it (ATBM and gedog are both tenun)', () => {
    expect(proposed('Kain Tenun ATBM Gedog Tuban')).toEqual(['Tuban 0.83 title:Tuban', 'Tenun Tuban 0.95 title:ATBM+title:Tuban']);
  });

  it('does not name the broader kind beside the specific one ("Tenun Ikat ATBM Sikka" is no "Tenun Sikka")', () => {
    expect(proposed('Tenun Ikat ATBM Sikka')).toEqual(['Sikka 0.83 title:Sikka', 'Tenun Ikat Sikka 0.95 title:Tenun Ikat+title:Sikka']);
  });

  it('does not repeat a place already at the end of the product name ("Mochi Sukabumi", not "Mochi Sukabumi Sukabumi")', () => {
    expect(proposed('Mochi Sukabumi Oleh-oleh Khas Sukabumi')).toEqual([
      'Sukabumi 0.83 title:Sukabumi',
      'Mochi Sukabumi 0.95 title:Mochi Sukabumi+title:Sukabumi',
      'Oleh-oleh Sukabumi 0.9 title:Sukabumi',
    ]);
  });

  it('lets an Indonesian technique take any place, another technique only a place known for it', () => {
    expect(proposed('Kain Jumputan Bandung')).toContain('Jumputan Bandung 0.9 title:Kain Jumputan+title:Bandung');
    expect(proposed('Kain Bordir Bandung')).toEqual(['Bandung 0.83 title:Bandung']);
    expect(proposed('Kain Bordir Tasikmalaya')).toContain('Bordir Tasikmalaya 0.95 title:Bordir+title:Tasikmalaya');
  });

  it("names with the seller's city only crafts and foods made there, not goods or materials it is known for", () => {
    expect(proposed('Kain Bordir Kerudung', { origin: 'Kota Tasikmalaya' })).toEqual([
      'Bordir Tasikmalaya 0.5 title:Bordir+origin:Tasikmalaya',
    ]);
    expect(proposed('Dodol Wijen', { origin: 'Kab. Garut' })).toEqual(['Dodol Garut 0.5 title:Dodol+origin:Garut']);
    // Magetan is known for shoes and leather, but a shoe or a hide is not a local craft the city vouches for.
    expect(proposed('Sepatu Kulit Asli Pria', { origin: 'Kab. Magetan' })).toEqual([]);
  });

  it('marks every origin proposal, the oleh-oleh one too, as a claim that the product is local', () => {
    const listing = { marketplace: 'shopee' as const, title: 'Mochi Sukabumi Oleh-oleh Khas Sukabumi' };
    const tags = originTags(analyse(listing, getIndex()));
    expect(tags).toHaveLength(3);
    for (const tag of tags) expect(tag).toMatchObject({ kind: 'origin', claimsLocal: true });
  });
});
