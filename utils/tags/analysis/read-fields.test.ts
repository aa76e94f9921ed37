import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { getIndex } from '../compile/build-index';
import { suggestTags } from '../index';
import { readFields } from './read-fields';
import type { Mention } from './types';

const labels = (title: string, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 }).map((tag) => tag.label);

describe('reading the description: its first lines say what is sold', () => {
  it('takes products from the first three lines that have text, blank lines not counted', () => {
    expect(labels('Kopi Bubuk', { description: 'Kopi nikmat\nAroma wangi\nRendang' })).toContain('Rendang');
    expect(labels('Kopi Bubuk', { description: 'Kopi nikmat\n\n\n\nAroma wangi\nRendang' })).toContain('Rendang');
    expect(labels('Kopi Bubuk', { description: 'Kopi nikmat\nAroma wangi\nSiap seduh\nKami juga jual rendang' })).not.toContain('Rendang');
  });

  it('takes products from the first 400 characters of one long line, not from the 401st on', () => {
    expect(labels('Kopi Bubuk', { description: `${'x'.repeat(398)} Rendang` })).toContain('Rendang');
    // "Rendang" starts at character 400: past the lead.
    expect(labels('Kopi Bubuk', { description: `${'x'.repeat(399)} Rendang` })).not.toContain('Rendang');
  });

  it('still reads a technique past the lead ("batik tulis" in the care notes)', () => {
    expect(labels('Kain Panjang', { description: 'Kain nikmat\nAdem\nLembut\nBatik tulis' })).toContain('Batik Tulis');
  });

  it('skips everyday goods the description names when the title sells a brand, and only then', () => {
    expect(labels('Samsung Galaxy A04e', { description: 'Kaos polos hitam' })).not.toContain('Kaos');
    expect(labels('HP Android', { description: 'Kaos polos hitam' })).toContain('Kaos');
    // In the title itself the product is still read.
    expect(labels('Samsung Galaxy A04e Kaos Polos')).toContain('Kaos');
  });

  it('reads the seller city even when the description is blank', () => {
    expect(labels('Rendang', { description: '   ', origin: 'Kota Padang' })).toContain('Rendang Padang');
  });
});

describe('reading words as phrases', () => {
  it('does not take a place after a shipping word, a negation or a print word as the origin', () => {
    expect(labels('Rendang Kirim dari Medan')).not.toContain('Rendang Medan');
    expect(labels('Rendang Bukan Bali')).not.toContain('Bali');
    expect(labels('Kaos Motif Bali')).toEqual(['Kaos']);
  });

  it('takes a place that is also a common word only after an origin word ("Batu")', () => {
    expect(labels('Keripik Batu')).not.toContain('Batu');
    expect(labels('Keripik Khas Batu')).toEqual(expect.arrayContaining(['Keripik Batu', 'Batu']));
  });

  it('takes a place that is also a dish after the product or with a product it is known for', () => {
    expect(labels('Rendang Padang')).toContain('Rendang Padang');
    expect(labels('Padang Rendang')).toContain('Rendang Padang');
  });

  it('drops a denied product, a gift, a part and an imitation', () => {
    expect(labels('Tanpa Tas Kulit Sapi Dompet')).not.toContain('Tas');
    expect(labels('Dompet Kulit Bonus Tas')).not.toContain('Tas');
    expect(labels('Tali Hoodie Kulit')).toEqual([]);
    expect(labels('Tas Kulit Sintetis')).toEqual([]);
  });

  it('reads a colour or a flavour as one, not as the food', () => {
    expect(labels('Kemeja Warna Coklat')).toEqual(['Kemeja']);
    expect(labels('Keripik Pisang Rasa Coklat')).not.toContain('Cokelat');
  });

  it('reads the longer phrase ("kerupuk kulit" is a cracker, not leather)', () => {
    const tags = labels('Kerupuk Kulit');
    expect(tags).toContain('Kerupuk Kulit');
    expect(tags).not.toContain('Kulit');
  });
});

// The reading itself, before any tag rule: which words of which field become mentions.
const index = getIndex();
const read = (listing: Omit<Listing, 'marketplace'>) => readFields({ marketplace: 'shopee', ...listing }, index);
const idOf = (mention: Mention) => {
  const { ref } = mention;
  if (ref.type === 'entry') return ref.entry.id;
  if (ref.type === 'place') return ref.place.id;
  if (ref.type === 'signal') return ref.signal;
  if (ref.type === 'bare-technique') return `bare:${ref.technique}`;
  if (ref.type === 'term') return ref.id;
  return ref.type;
};
/** What a field says, as ids ("kopi", "place:padang"). */
const said = (listing: Omit<Listing, 'marketplace'>, field: Mention['field'] = 'title') =>
  read(listing)
    .mentions.filter((mention) => mention.field === field)
    .map(idOf);
/** What a title says; every mention must be one (no stray values in the list). */
const saidIn = (title: string) => read({ title }).mentions.map(idOf);

describe('which fields are read', () => {
  it('reads title, description, category and origin in that order, skipping missing and blank ones', () => {
    expect(read({ title: 'Kopi Bubuk', description: ' \n\t ', origin: 'Kota Padang' }).fields.map((f) => f.field)).toEqual([
      'title',
      'origin',
    ]);
    const { fields } = read({ title: 'Kopi Bubuk', description: 'Kopi enak', category: 'Minuman', origin: 'Padang' });
    expect(fields.map((f) => [f.field, f.text, f.keys])).toEqual([
      ['title', 'Kopi Bubuk', ['kopi', 'bubuk']],
      ['description', 'Kopi enak', ['kopi', 'enak']],
      ['category', 'Minuman', ['minuman']],
      ['origin', 'Padang', ['padang']],
    ]);
  });

  it('reads a description when the title has no words', () => {
    expect(said({ title: ' ', description: 'Kaos polos hitam' }, 'description')).toEqual(['kaos']);
  });

  it('reads no more than the first 20,000 characters of a field', () => {
    const { fields } = read({ title: 'Kopi', description: `Kopi enak ${'a'.repeat(25_000)}` });
    expect(fields[1]!.text).toHaveLength(20_000);
  });

  it('gives each mention its token span, character span and the words as written', () => {
    const [kopi, place] = read({ title: 'Kopi  Arabika Gayo!' }).mentions;
    expect(kopi).toMatchObject({ field: 'title', from: 0, to: 2, start: 0, end: 13, text: 'Kopi  Arabika' });
    expect(place).toMatchObject({ field: 'title', from: 2, to: 3, start: 14, end: 18, text: 'Gayo', afterProduct: true });
  });
});

describe('brands in the title', () => {
  it('a place inside a local brand is part of its name, a place after it is read', () => {
    expect(saidIn('Bolu Meranti Keju')).toEqual(['bolu']);
    expect(saidIn('Tas Eiger Bandung')).toEqual(['tas', 'place:bandung']);
  });

  it('a place right after a foreign brand is part of its name ("Starbucks Sumatra"), in the title only', () => {
    expect(saidIn('Kopi Starbucks Sumatra')).toEqual(['kopi']);
    expect(said({ title: 'Kopi', description: 'Kopi Starbucks Sumatra' }, 'description')).toEqual(['kopi', 'place:sumatera']);
  });

  it('a branded title makes the everyday goods its description names box contents; crafts, foods, local goods, materials and techniques stay', () => {
    const description = (text: string) => said({ title: 'Samsung Galaxy A04e', description: text }, 'description');
    expect(description('Kaos polos hitam')).toEqual([]);
    expect(description('Keramik hias\nKopi bubuk\nPeci hitam')).toEqual(['keramik', 'kopi', 'peci']);
    expect(description('Kulit asli\nBatik tulis\nTas anyaman')).toEqual(['kulit', 'batik-tulis', 'tas-anyaman']);
    expect(description('Batik printing')).toEqual(['batik-printing']);
  });

  it('a brand the title only fits ("Case untuk Samsung") does not make it a branded listing', () => {
    expect(said({ title: 'Case untuk Samsung Galaxy', description: 'Kaos polos hitam' }, 'description')).toEqual(['kaos']);
  });
});

describe('where the description lead ends', () => {
  it('blank lines before the first words do not end the lead', () => {
    expect(said({ title: 'Kopi', description: '\n\n\n\nRendang' }, 'description')).toEqual(['rendang']);
  });

  it('lines of spaces are blank lines too', () => {
    expect(said({ title: 'Kopi', description: 'Kopi nikmat\n  \n\t\nAroma wangi\nRendang' }, 'description')).toEqual(['kopi', 'rendang']);
  });

  it('a title is read whole, however long', () => {
    expect(saidIn(`Kopi ${'enak '.repeat(85)}Rendang`)).toEqual(['kopi', 'rendang']);
  });
});

describe('overlapping phrases', () => {
  it('a word that is both a material and a place is kept as the material ("Gong Kuningan" is brass)', () => {
    expect(saidIn('Gong Kuningan')).toEqual(['gong', 'kuningan']);
  });

  it('a place name hides the words inside it ("Kayu Aro" is no wood), a signal phrase does not ("anyaman tangan")', () => {
    expect(saidIn('Teh Kayu Aro')).toEqual(['teh', 'place:kayu aro']);
    expect(saidIn('Bakul Anyaman Tangan')).toEqual(['handmade', 'anyaman']);
  });

  it('a phrase that means something else hides its words and is no mention itself ("pisang ambon")', () => {
    expect(saidIn('Keripik Pisang Ambon')).toEqual(['keripik-pisang']);
  });
});

describe('products that are not what the listing sells', () => {
  it('a gift word up to three words before the product the title leads with makes it a gift, four words do not', () => {
    expect(saidIn('Bonus Akhir Tahun Kemeja')).toEqual([]);
    expect(saidIn('Bonus Spesial Akhir Tahun Kemeja Flanel')).toEqual(['kemeja']);
  });

  it('the product a title leads with is its first product, not a technique before it', () => {
    expect(saidIn('Ecoprint Hadiah Ulang Tahun Ibu Selendang Sutra')).toEqual(['ecoprint', 'selendang']);
  });

  it('after a gift word any later product is a gift, however far on, and in the description any product', () => {
    expect(saidIn('Kemeja Pria Bonus Satu Buah Lagi Kaos Polos')).toEqual(['kemeja']);
    expect(said({ title: 'Kopi', description: 'Bonus spesial akhir tahun kemeja flanel' }, 'description')).toEqual([]);
    expect(saidIn('Dompet Kulit Gratis Gantungan Kunci Lucu Tas Kecil')).toEqual(['dompet', 'kulit']);
  });

  it('a shipping word between the gift word and the product cancels the gift ("free ongkir")', () => {
    expect(saidIn('Free Ongkir Kaos Polos')).toEqual(['kaos']);
  });

  it('a part word up to two words before a product makes it a part; materials and crafts are exempt', () => {
    expect(saidIn('Tali Panjang Hoodie')).toEqual([]);
    expect(saidIn('Tali Panjang Sekali Kaos')).toEqual(['kaos']);
    expect(saidIn('Tali Kulit Asli')).toEqual(['kulit']);
    expect(saidIn('Kotak Anyaman Pandan')).toEqual(['anyaman-pandan']);
  });

  it('a fit word up to two words before a product makes it what the thing fits', () => {
    expect(saidIn('Rak Untuk Sepatu')).toEqual(['rak']);
    expect(saidIn('Kado Untuk Ayah Tersayang Dompet Kulit')).toEqual(['dompet', 'kulit']);
  });
});

describe('colours, flavours and imitations', () => {
  it('an imitation word before or after a material, or after a product made of one, makes it no material', () => {
    expect(saidIn('Imitasi Kulit Jaket')).toEqual(['jaket']);
    expect(saidIn('Kursi Rotan Sintetis')).toEqual([]);
    expect(saidIn('Tas Sintetis')).toEqual(['tas']);
    // Anyaman is a way of making, not a material: a synthetic woven bag is still a woven bag.
    expect(saidIn('Tas Anyaman Sintetis')).toEqual(['tas-anyaman']);
  });

  it('a colour word makes any entry a colour, a flavour word only a food', () => {
    expect(saidIn('Kemeja Warna Coklat')).toEqual(['kemeja']);
    expect(saidIn('Keripik Pisang Rasa Coklat')).toEqual(['keripik-pisang']);
    expect(saidIn('Sabun Aroma Pandan')).toEqual(['sabun', 'pandan']);
  });
});

describe('places in the title and description', () => {
  it('takes the seller city as written, whatever the word', () => {
    expect(said({ title: 'Kaos', origin: 'Batu' }, 'origin')).toEqual(['place:batu']);
  });

  it('takes a place that is also a common word after an origin word (kept with the pattern) or "Kota"', () => {
    const [, batu] = read({ title: 'Keripik Khas Kota Batu' }).mentions;
    expect(batu).toMatchObject({ text: 'Batu', pattern: { from: 1, triggers: ['khas'] } });
    expect(saidIn('Keripik Kota Batu')).toEqual(['keripik', 'place:batu']);
    expect(saidIn('Keripik Batu')).toEqual(['keripik']);
  });

  it('drops a place one or two words after a shipping word, stepping over "kota"', () => {
    expect(saidIn('Dodol Garut Kirim Cepat Bandung')).toEqual(['dodol', 'place:garut']);
    expect(saidIn('Kripik Khusus Kota Jambi')).toEqual(['keripik']);
  });

  it('drops a place right after a negation, stepping over "pulau", but not one two words after it', () => {
    expect(saidIn('Kopi Arabika Bukan Pulau Bali')).toEqual(['kopi-arabika']);
    expect(saidIn('Batik Tulis Tidak Luntur Solo')).toEqual(['batik-tulis', 'place:surakarta']);
    expect(saidIn('Garut Dodol Asli')).toEqual(['place:garut', 'dodol']);
  });

  it('drops a flavour ("rasa Soto Lamongan") or a print right before the place ("motif Bali"), not "motif kuda Sumba"', () => {
    expect(saidIn('Keripik Rasa Soto Lamongan')).toEqual(['keripik']);
    expect(saidIn('Kaos Motif Bali')).toEqual(['kaos']);
    expect(saidIn('Kaos Motif Kuda Sumba')).toEqual(['kaos', 'place:sumba']);
  });

  it('a printed product names no origin right after it, but a place elsewhere still counts', () => {
    expect(saidIn('Kaos gambar Kopi Gayo')).toEqual(['kaos']);
    expect(saidIn('Stiker Gambar Kopi, Produksi Bandung')).toEqual(['place:bandung']);
  });

  it('takes a place that is also a dish after a product or a place, with an origin word, or beside a product it is known for', () => {
    expect(saidIn('Kaos Polos Padang')).toEqual(['kaos']);
    expect(saidIn('Padang Kaos')).toEqual(['kaos']);
    expect(saidIn('Kaos Khas Padang')).toEqual(['kaos', 'place:padang']);
    expect(saidIn('Tas Sumbar Padang')).toEqual(['tas', 'place:sumatera barat', 'place:padang']);
    expect(saidIn('Padang Rendang')).toEqual(['place:padang', 'rendang']);
    expect(saidIn('Padang Kaos Rendang')).toEqual(['place:padang', 'kaos', 'rendang']);
    // Keripik pisang is a keripik, which Padang is known for.
    expect(saidIn('Padang Keripik Pisang')).toEqual(['place:padang', 'keripik-pisang']);
    // A material is no product to follow: "Jaket Kulit Padang" names no origin.
    expect(saidIn('Jaket Kulit Padang')).toEqual(['jaket', 'kulit']);
  });

  it('marks a place written right after a product, not after a material or another place', () => {
    const afterProduct = (title: string) =>
      read({ title })
        .mentions.filter((mention) => mention.afterProduct)
        .map(idOf);
    expect(afterProduct('Rendang Padang')).toEqual(['place:padang']);
    expect(afterProduct('Tas Sumbar Padang')).toEqual(['place:sumatera barat']);
    expect(afterProduct('Jaket Kulit Garut')).toEqual([]);
    expect(afterProduct('Bakpia Dinoyo Malang')).toEqual(['place:dinoyo']);
  });
});
