import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { buildIndex } from '../compile/build-index';
import { suggestTags } from '../index';
import { analyse } from './analyse';

const labels = (title: string, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 }).map((tag) => tag.label);

describe('what the listing sells', () => {
  it('offers a material only with a product or craft made of it ("kulit lumpia" is not leather)', () => {
    expect(labels('Dompet Kulit')).toContain('Kulit');
    expect(labels('Anyaman Rotan')).toContain('Rotan');
    expect(labels('Kulit Lumpia')).toEqual([]);
    expect(labels('Kulit Sapi Asli')).toEqual([]);
  });

  it('reads a food word after a non-food product as a colour or a print', () => {
    expect(labels('Kemeja Coklat')).toEqual(['Kemeja']);
    expect(labels('Tas Hitam Coklat')).toEqual(['Tas']);
    expect(labels('Rak Susun Coklat')).toEqual(['Rak']);
    expect(labels('Kaos Kopi Gayo')).toEqual(['Kaos']);
    expect(labels('Coklat Batang')).toContain('Cokelat');
  });

  it('reads a food beside perfume or soap as a scent, and food beside a utensil material as what the utensil is for', () => {
    expect(labels('Parfum Vanilla')).toEqual(['Parfum']);
    expect(labels('Sabun Susu')).toEqual(['Sabun']);
    expect(labels('Cetakan Puding Plastik')).toEqual([]);
    // Also when the food comes first in the title.
    expect(labels('Vanilla Parfum Mobil')).toEqual(['Parfum']);
    expect(labels('Susu Sabun Mandi')).toEqual(['Sabun']);
    expect(labels('Bakso Mangkok Stainless')).not.toContain('Bakso');
    expect(labels('Kopi Gelas Plastik')).toEqual(['Gelas']);
  });

  it('reads a food after the food it flavours as a flavour', () => {
    expect(labels('Keripik Pisang Lampung Coklat')).not.toContain('Cokelat');
    expect(labels('Keripik Pisang Lampung Coklat')).toContain('Keripik Pisang Lampung');
  });

  it('takes products of the food it sells from the description, not other things', () => {
    expect(labels('Rendang', { description: 'Rendang daging. Tas kulit' })).toEqual(['Rendang', 'Bangga Buatan Indonesia']);
  });

  it('takes the category as context, never as evidence on its own', () => {
    expect(labels('Bon Cabe Level 15', { category: 'Sambal' })).toEqual([]);
    expect(labels('Sambal Bawang', { category: 'Sambal' })).toContain('Sambal');
  });
});

describe('where it comes from', () => {
  it('takes a place after a product it is known for as the origin ("Sepatu Cibaduyut")', () => {
    expect(labels('Sepatu Cibaduyut')).toEqual(expect.arrayContaining(['Sepatu Cibaduyut', 'Cibaduyut']));
  });

  it('does not take a city after a product it is not known for as the origin ("Kaos Polos Bandung")', () => {
    expect(labels('Kaos Polos Bandung')).toEqual(['Kaos']);
    expect(labels('Kaos Bandung')).toEqual(['Kaos']);
    expect(labels('Tas Jakarta')).toEqual(['Tas']);
  });
});

// The reading itself, asked of analyse() directly: which entries, places and signals every tag rule gets.
const index = buildIndex();
const read = (title: string, extra: Partial<Listing> = {}) => analyse({ marketplace: 'shopee', title, ...extra }, index);
const entryIds = (title: string, extra: Partial<Listing> = {}) => [...read(title, extra).entries.keys()].sort();
const placeIds = (title: string, extra: Partial<Listing> = {}) => read(title, extra).places.map((p) => p.place.id);

describe('the entries it reads', () => {
  it('marks an entry named itself as direct and one reached only through a narrower entry as not', () => {
    const entries = read('Kopi Arabika Gayo').entries;
    expect(entries.get('kopi-arabika')).toMatchObject({ direct: true });
    expect(entries.get('kopi')).toMatchObject({ direct: false });
    expect(entries.get('kopi')?.mentions.map((m) => m.text)).toEqual(['Kopi Arabika']);
  });

  it('keeps a flavour word after a food of its own kind ("Kopi Arabika" then "kopi" is the coffee again, not a flavour)', () => {
    const kopi = read('Kopi Arabika Gayo', { description: 'Kopi nikmat' }).entries.get('kopi');
    expect(kopi?.direct).toBe(true);
    expect(kopi?.mentions.map((m) => [m.field, m.text])).toEqual([
      ['title', 'Kopi Arabika'],
      ['description', 'Kopi'],
    ]);
  });

  it('reads a flavour only after the food it flavours: later in the same field, or anywhere after the title', () => {
    expect(entryIds('Keripik Pisang Coklat')).not.toContain('cokelat');
    expect(entryIds('Keripik Pisang', { description: 'Coklat' })).not.toContain('cokelat');
    // Before the food, or in the description when the food is only there, it is what is sold.
    expect(entryIds('Coklat Keripik Pisang')).toEqual(expect.arrayContaining(['cokelat', 'keripik-pisang']));
    expect(entryIds('Coklat', { description: 'Keripik pisang' })).toEqual(expect.arrayContaining(['cokelat', 'keripik-pisang']));
    expect(entryIds('Promo Coklat', { description: 'Keripik pisang renyah' })).toContain('cokelat');
  });

  it('keeps a flavour in the description after the same food in the title, beside a bag or before another food', () => {
    const mentions = (description: string) => read('Coklat Batang', { description }).entries.get('cokelat')?.mentions.length;
    expect(mentions('Coklat lumer isi keripik pisang')).toBe(2);
    expect(mentions('Tas kado isi coklat batang')).toBe(2);
  });

  it('leaves out the craft a print imitates, even named apart from the print word ("Batik ... Printing")', () => {
    expect(entryIds('Kemeja Batik Pria Printing')).toEqual(['batik-printing', 'kemeja']);
  });

  it('takes the product the title leads with as what is sold, not a non-food the description opens with', () => {
    expect(entryIds('Promo Keripik Pisang', { description: 'Toples kaca isi 250 gr' })).toEqual(['keripik', 'keripik-pisang']);
  });

  it('counts the category only where the title or description names the same entry', () => {
    const sambal = read('Sambal Bawang', { category: 'Sambal' }).entries.get('sambal');
    expect(sambal?.mentions.map((m) => m.field)).toEqual(['title', 'category']);
  });

  it('reads a food as a scent only beside a perfume in the title, not one the description names', () => {
    expect(entryIds('Kopi Arabika', { description: 'Parfum mobil' })).toEqual(expect.arrayContaining(['kopi', 'kopi-arabika']));
  });

  it('keeps a craft material beside a craft technique, not alone or on a perfume', () => {
    expect(entryIds('Ecoprint Sutra Asli')).toEqual(['ecoprint', 'sutra']);
    expect(entryIds('Sutra Asli')).toEqual([]);
    expect(entryIds('Parfum Kayu Cendana')).toEqual(['parfum']);
  });

  it('reads kitchenware only from the title: a utensil material in the description is not what the food is for', () => {
    expect(entryIds('', { description: 'Bakso sapi plastik' })).toEqual(['bakso']);
    // A container before the material makes it the food's packaging ("kemasan plastik").
    expect(entryIds('Keripik Kemasan Plastik')).toContain('keripik');
    expect(entryIds('Keripik Plastik')).toEqual([]);
    expect(entryIds('Bakso Plastik Box')).toEqual([]);
  });

  it('drops a container word in a food title as packaging, but not a non-food product', () => {
    expect(entryIds('Keripik Singkong Toples')).toEqual(['keripik', 'keripik-singkong']);
    expect(entryIds('Toples Kaca Keripik')).toEqual(['toples']);
    // Only the product's own words: a box named elsewhere in the title leaves the glass a glass.
    expect(entryIds('Paket Kopi Bubuk dan Gelas Kemasan Box')).toEqual(['gelas', 'kopi']);
  });
});

describe('"coklat" as a colour', () => {
  it.each([
    ['Coklat Hitam', false],
    ['Hitam Coklat', false],
    ['Sale Coklat Tua', false],
    ['Promo Murah Coklat', false],
    ['Coklat Batang', true],
    ['Coklat', true],
    ['Promo Coklat', true],
    ['Promo Murah Kakao', true],
    ['Promo Murah Dark Chocolate', true],
    ['Promo Murah Coklat dan Madu', true],
    ['Promo Murah Coklat Batang', true],
  ])('%s: read as the food %s', (title, food) => {
    expect(entryIds(title).includes('cokelat')).toBe(food);
  });

  it('reads it as a colour beside other things that are not food, and when the description repeats it', () => {
    expect(entryIds('Promo Murah Coklat', { description: 'Tas kulit' })).toEqual([]);
    expect(entryIds('Promo Murah Coklat', { description: 'Tersedia coklat' })).toEqual([]);
  });

  it('reads it as a colour only while the knowledge says the food is also a colour', () => {
    const { colour: _dropped, ...plain } = index.entries.get('cokelat')!;
    // The same index, but its matcher hands out the chocolate entry without the flag.
    const matcher = {
      ...index.matcher,
      match: (keys: readonly string[]) =>
        index.matcher
          .match(keys)
          .map((hit) =>
            hit.value.type === 'entry' && hit.value.entry.id === 'cokelat'
              ? { ...hit, value: { type: 'entry' as const, entry: plain } }
              : hit,
          ),
    };
    const listing: Listing = { marketplace: 'shopee', title: 'Promo Murah Coklat' };
    expect([...analyse(listing, { ...index, matcher }).entries.keys()]).toEqual(['cokelat']);
    expect([...analyse(listing, index).entries.keys()]).toEqual([]);
  });

  it('reads it as a colour in the description even at its start', () => {
    expect(entryIds('Promo Spesial', { description: 'Coklat' })).toEqual([]);
    expect(entryIds('Promo Spesial', { description: 'Coklat\nMadu murni' })).toEqual(['cokelat', 'madu']);
  });
});

describe('the places it reads as the origin', () => {
  it('takes any place after an origin word, and no city after a product it is not known for', () => {
    expect(placeIds('Kaos Khas Bali')).toEqual(['place:bali']);
    expect(placeIds('Kaos Polos Garut')).toEqual([]);
    expect(placeIds('Kaos Bandung')).toEqual([]);
  });

  it('takes the city as the origin when the title or description says it is made locally ("handmade" does not say where)', () => {
    expect(placeIds('Kaos Bandung Brand Lokal')).toEqual(['place:bandung']);
    expect(placeIds('Kaos Bandung Home Industry')).toEqual(['place:bandung']);
    expect(placeIds('Kaos Bandung', { description: 'Produk UMKM' })).toEqual(['place:bandung']);
    expect(placeIds('Kaos Bandung Handmade')).toEqual([]);
    expect(placeIds('Kaos Bandung', { category: 'UMKM' })).toEqual([]);
    // After a free gift too, and a leftover material elsewhere does not hide it.
    expect(placeIds('Bonus Kaos Bandung Brand Lokal')).toEqual(['place:bandung']);
    expect(placeIds('Bonus Kaos Bandung Brand Lokal', { description: 'Bahan kulit' })).toEqual(['place:bandung']);
  });

  it('takes a place beside a craft or food it sells; a trading city only as the seller city or for what it is known for', () => {
    expect(placeIds('Vanili Polong Kering Papua')).toEqual(['place:papua']);
    expect(placeIds('Lumpia Kulit Jawa Barat')).toEqual(['place:jawa barat']);
    expect(placeIds('Kopi Murah Jakarta')).toEqual([]);
    expect(placeIds('Kopi Murah Jakarta', { origin: 'Jakarta' })).toEqual(['place:jakarta']);
    // Jakarta is known for kerak telor and ondel-ondel: one such product is enough.
    expect(placeIds('Kerak Telor Kopi Murah Jakarta')).toEqual(['place:jakarta']);
    expect(placeIds('Kerak Telor dan Dodol Murah Jakarta')).toEqual(['place:jakarta']);
    expect(placeIds('Miniatur Ondel Ondel Murah Jakarta')).toEqual(['place:jakarta']);
  });

  it('takes a city written right after the product it names, and only that product in that field', () => {
    expect(placeIds('Kopi Jakarta')).toEqual(['place:jakarta']);
    expect(placeIds('Sepatu Cibaduyut')).toEqual(['place:cibaduyut']);
    // A material before the city is not the product; nor is a free gift, or a product elsewhere.
    expect(placeIds('Dompet Kulit Jakarta Selatan')).toEqual([]);
    expect(placeIds('Kopi Bubuk Bonus Kaos Jakarta Selatan')).toEqual([]);
    expect(placeIds('Kopi Bubuk Bonus Kaos Jakarta Selatan', { description: 'Enak dengan keripik pisang' })).toEqual([]);
  });

  it('takes no place after a product that is only a print or a colour, even with a local claim', () => {
    expect(placeIds('Kaos Kopi Gayo Brand Lokal')).toEqual([]);
    expect(placeIds('Kaos Kopi Gayo Coklat Brand Lokal')).toEqual([]);
    expect(placeIds('Promo Murah Coklat Bali UMKM')).toEqual([]);
  });

  it("takes the seller's city from the origin field, never a place the title names", () => {
    const analysis = read('Dodol Garut', { origin: 'Kota Bandung' });
    expect(analysis.sellerPlace?.place.id).toBe('place:bandung');
    expect(analysis.sellerPlace?.mentions.map((m) => m.field)).toEqual(['origin']);
    expect(analysis.places.map((p) => [p.place.id, p.mentions.map((m) => m.text)])).toEqual([['place:garut', ['Garut']]]);
    expect(read('Dodol Garut').sellerPlace).toBeUndefined();
  });

  it("takes the seller's city even when its name is also a word the lexicon knows (Kuningan, brass)", () => {
    expect(read('Kopi', { origin: 'Kab. Kuningan, Jawa Barat' }).sellerPlace?.place.id).toBe('place:kuningan');
  });
});

describe('the signals it reads', () => {
  it('takes handmade, local and small-business claims from the title and description, never the category', () => {
    const title = read('Tas Rotan Handmade UMKM', { description: 'Produk lokal' });
    expect(title.handmade.map((m) => m.text)).toEqual(['Handmade']);
    expect(title.localClaims.map((m) => m.text)).toEqual(['UMKM', 'Produk lokal']);
    expect(title.smallBusiness.map((m) => m.text)).toEqual(['UMKM']);
    const category = read('Tas Rotan', { category: 'Handmade UMKM' });
    expect([category.handmade, category.localClaims, category.smallBusiness]).toEqual([[], [], []]);
  });

  it('takes a foreign source city from any field, the seller city included', () => {
    expect(read('Kopi', { origin: 'Guangzhou' }).foreignCities.map((m) => m.field)).toEqual(['origin']);
    expect(read('Kopi', { category: 'Guangzhou' }).foreignCities.map((m) => m.field)).toEqual(['category']);
  });

  it('takes indication-only words from the title and description, never the category', () => {
    expect([...read('Batik Tulis Nitik').terms.keys()]).toEqual(['term:nitik']);
    expect([...read('Batik Tulis', { category: 'Nitik' }).terms.keys()]).toEqual([]);
  });
});
