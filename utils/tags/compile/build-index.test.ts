import { describe, expect, it, vi } from 'vitest';
import type { Listing } from '../../listing/listing';

/**
 * The index is built once per page and kept (getIndex), and fold.ts builds its tables at import.
 * These tests import the suggester afresh, so the index they read is built inside the test: what
 * they check is how the knowledge is compiled (signals, places, spellings), seen as the tags a
 * seller is offered.
 */
async function fresh() {
  vi.resetModules();
  const tags = await import('../index');
  const labels = (title: string, extra: Partial<Listing> = {}) =>
    tags.suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 }).map((tag) => tag.label);
  return { ...tags, labels };
}

describe('compiled signals', () => {
  it('reads "printing" as a print: no handmade or origin tag for a printed batik', async () => {
    const { labels } = await fresh();
    const printed = labels('Kemeja Batik Printing Pekalongan');
    expect(printed).toContain('Motif Batik (Printing)');
    expect(printed).not.toContain('Handmade in Indonesia');
    expect(printed).not.toContain('Batik Pekalongan');
    expect(labels('Kemeja Batik Tulis Pekalongan')).toEqual(
      expect.arrayContaining(['Batik Pekalongan', 'Batik Tulis', 'Handmade in Indonesia']),
    );
    // "cetak" (printed) makes it a print too.
    expect(labels('Kain Batik Cetak Pekalongan')).toEqual(['Motif Batik (Printing)', 'Batik-pattern Print']);
    expect(labels('Kain Batik Pekalongan')).toContain('Batik Pekalongan');
  });

  it('offers "Handmade in Indonesia" for a local craft the seller says is handmade', async () => {
    const { labels } = await fresh();
    expect(labels('Topeng Kayu Handmade Bali')).toContain('Handmade in Indonesia');
    expect(labels('Topeng Kayu Bali')).not.toContain('Handmade in Indonesia');
  });

  it('takes the seller\'s "brand lokal" as saying the place it names is where it is made', async () => {
    const { labels } = await fresh();
    expect(labels('Kaos Distro Bandung Brand Lokal')).toContain('Bandung');
    expect(labels('Kaos Distro Bandung')).not.toContain('Bandung');
  });

  it('reads "coklat" beside a colour name as the colour, not chocolate', async () => {
    const { labels } = await fresh();
    expect(labels('Coklat Tua Sandal Kulit')).not.toContain('Cokelat');
    expect(labels('Coklat Batang')).toContain('Cokelat');
  });

  it('reads a print word anywhere in a batik title as a print ("Kemeja Batik Pekalongan Sablon")', async () => {
    const { labels } = await fresh();
    for (const title of ['Kemeja Batik Pekalongan Sablon', 'Kemeja Batik Pekalongan Printing']) {
      const printed = labels(title);
      expect(printed).toContain('Motif Batik (Printing)');
      expect(printed).not.toContain('Batik Pekalongan');
    }
  });

  it('finds the root of a word that only a signal or an indication uses ("nitiknya", "khasnya")', async () => {
    const { labels } = await fresh();
    expect(labels('Batik Tulis Motif Nitiknya Yogyakarta')).toContain('Batik Tulis Nitik Yogyakarta');
    const { buildIndex } = await import('./build-index');
    expect(buildIndex().keyOf('khasnya')).toBe('khas');
  });

  it('reads a bare "tulis" or "cap" near batik as the technique', async () => {
    const { labels } = await fresh();
    expect(labels('Kain Batik Motif Parang Tulis')).toContain('Batik Tulis');
    expect(labels('Kemeja Batik Cap Pekalongan')).toContain('Batik Cap');
  });

  it('withholds local tags for a foreign source city, quoting it', async () => {
    const { labels, importSignals } = await fresh();
    expect(importSignals({ marketplace: 'shopee', title: 'Tas Rotan Guangzhou' }).map((reason) => reason.text)).toEqual(['Guangzhou']);
    expect(labels('Tas Rotan Guangzhou')).not.toContain('Produk Lokal');
    expect(importSignals({ marketplace: 'shopee', title: 'Tas Rotan' })).toEqual([]);
  });

  it("offers UMKM for the seller's own words about a small business", async () => {
    const { labels } = await fresh();
    expect(labels('Sambal Bawang Homemade')).toContain('UMKM');
    expect(labels('Keripik Tempe Malang UMKM')).toContain('UMKM');
    expect(labels('Sambal Bawang')).not.toContain('UMKM');
  });

  it('offers a registered indication only with the word it requires ("nitik")', async () => {
    const { labels } = await fresh();
    expect(labels('Kain Batik Tulis Nitik Yogyakarta')).toContain('Batik Tulis Nitik Yogyakarta');
    expect(labels('Kain Batik Tulis Yogyakarta')).not.toContain('Batik Tulis Nitik Yogyakarta');
    expect(labels('Batik Besurek Bengkulu')).toContain('Batik Besurek Bengkulu');
  });

  it('ignores phrases whose words mean something else', async () => {
    const { labels } = await fresh();
    // A banana variety and a pomelo, not Ambon or Bali; a non-stick coating, not ceramics.
    expect(labels('Pisang Ambon Lampung')).toEqual([]);
    expect(labels('Jeruk Bali')).toEqual([]);
    expect(labels('Wajan Keramik Anti Lengket')).toEqual([]);
    expect(labels('Guci Keramik Kasongan')).toContain('Keramik Kasongan');
  });

  it('finds roots through affixes, but never turns a word into a place ("Malangan" is not Malang)', async () => {
    const { labels } = await fresh();
    expect(labels('Kain Ditenun Tangan')).toContain('Tenun');
    expect(labels('Topeng Malangan')).not.toContain('Topeng Malang');
    expect(labels('Topeng Malang')).toContain('Topeng Malang');
  });

  it('offers the parent of a known kind too ("Kopi Arabika" is also "Kopi")', async () => {
    const { labels } = await fresh();
    expect(labels('Kopi Arabika Gayo')).toEqual(expect.arrayContaining(['Kopi Arabika Gayo', 'Kopi Arabika', 'Kopi']));
  });

  it('reads a big trading city as where the shop is, not where the food comes from', async () => {
    const { labels } = await fresh();
    expect(labels('Keripik Tempe Murah Jakarta')).not.toContain('Keripik Tempe Jakarta');
    expect(labels('Keripik Tempe Murah Malang')).toContain('Keripik Tempe Malang');
  });

  it('folds a seller\'s spelling to the lexicon\'s ("Krupuk", "Jogja")', async () => {
    const { labels } = await fresh();
    expect(labels('Krupuk Udang Sidoarjo')).toContain('Kerupuk Udang Sidoarjo');
    expect(labels('Bakpia Jogja')).toContain('Bakpia Yogyakarta');
  });
});

describe('compiled places', () => {
  it('calls DKI Jakarta and DI Yogyakarta by their short names', async () => {
    const { lookupPlace } = await fresh();
    expect(lookupPlace('DKI Jakarta')?.label).toBe('Jakarta');
    expect(lookupPlace('DI Yogyakarta')?.label).toBe('Yogyakarta');
    expect(lookupPlace('Jawa Tengah')).toEqual({ label: 'Jawa Tengah', within: 'Indonesia' });
  });

  it('says which province a kabupaten or kota lies in', async () => {
    const { lookupPlace } = await fresh();
    expect(lookupPlace('Kab. Kuningan')).toEqual({ label: 'Kuningan', within: 'Kab. Kuningan, Jawa Barat' });
    expect(lookupPlace('Kab. Merauke')?.within).toBe('Kab. Merauke, Papua Selatan');
    expect(lookupPlace('Kota Batu')?.within).toBe('Kota Batu, Jawa Timur');
    expect(lookupPlace('Lasem')).toEqual({ label: 'Lasem', within: 'Kab. Rembang' });
  });

  it('knows the short spellings of places (aliases)', async () => {
    const { lookupPlace } = await fresh();
    expect(lookupPlace('Fakfak')?.label).toBe('Fak Fak');
    expect(lookupPlace('ntt')?.label).toBe('Nusa Tenggara Timur');
  });

  it('takes a province that is also a city as a specific origin, a province alone as too broad', async () => {
    const { labels } = await fresh();
    expect(labels('Bakpia', { origin: 'Yogyakarta' })).toContain('Bakpia Yogyakarta');
    expect(labels('Songket', { origin: 'Kota Palembang' })).toContain('Songket Palembang');
    expect(labels('Songket', { origin: 'Sumatera Selatan' })).not.toContain('Songket Sumatera Selatan');
  });

  it('names a product after the town, not the province, when the title gives both', async () => {
    const { labels } = await fresh();
    const songket = labels('Songket Palembang Sumatera Selatan');
    expect(songket).toContain('Songket Palembang');
    expect(songket).not.toContain('Songket Sumatera Selatan');
    // Yogyakarta is a province and a city: the city is specific enough to name the product.
    const bakpia = labels('Bakpia Yogyakarta Jawa Tengah');
    expect(bakpia).toContain('Bakpia Yogyakarta');
    expect(bakpia).not.toContain('Bakpia Jawa Tengah');
    // A province alone still names it.
    expect(labels('Kain Songket Khas Sumatera Selatan')).toContain('Songket Sumatera Selatan');
  });
});
