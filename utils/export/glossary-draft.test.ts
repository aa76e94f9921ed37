import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS } from '../../tests/support/adversarial-inputs';
import { GLOSSARY_GROUPS } from './glossary';
import { glossaryDraft, maskTerms, unmaskTerms } from './glossary-draft';

/** Titles written for this test (none copied from real listings), each with the English its craft or food name must keep. */
const TITLES: readonly (readonly [title: string, english: string])[] = [
  ['Kemeja Batik Tulis Pria Lengan Panjang Motif Parang Pekalongan', 'Hand-Drawn Batik'],
  ['Kain Batik Tulis Lasem Pewarna Alam 2 Meter', 'Hand-Drawn Batik'],
  ['Batik Cap Solo Kain Katun Primisima 115 x 200 cm', 'Stamped Batik'],
  ['Dress Batik Cap Wanita Motif Kawung Sogan', 'Stamped Batik'],
  ['Selendang Batik Tulis Sutra Madura Merah', 'Hand-Drawn Batik'],
  ['Batik Kombinasi Tulis Cap Pekalongan Biru', 'Hand-Drawn And Stamped Batik'],
  ['Kemeja Batik Printing Anak Motif Mega Mendung', 'Batik-Pattern Print'],
  ['Kain Tenun Ikat Sumba Pewarna Alam Asli', 'Ikat Woven Cloth'],
  ['Tenun Ikat Troso Jepara Bahan Katun 200 cm', 'Ikat Weaving'],
  ['Syal Tenun Ikat Flores Benang Katun', 'Ikat Weaving'],
  ['Songket Palembang Benang Emas Merah Marun', 'Songket'],
  ['Kain Songket Pandai Sikek Motif Bunga', 'Songket Cloth'],
  ['Ulos Batak Sadum Asli Tarutung', 'Ulos'],
  ['Kain Lurik Klaten Salur Coklat ATBM', 'Lurik Striped Weave'],
  ['Tapis Lampung Sulam Benang Emas', 'Tapis Embroidered Cloth'],
  ['Kain Sasirangan Banjarmasin Pewarna Alami', 'Sasirangan Tie-Dye'],
  ['Kain Jumputan Palembang Sutra Ungu', 'Jumputan Tie-Dye'],
  ['Tas Anyaman Rotan Bulat Lombok Handmade', 'Woven Rattan'],
  ['Keranjang Anyaman Pandan Tasikmalaya Tutup', 'Woven Pandan'],
  ['Tempat Tisu Anyaman Bambu Motif Kotak', 'Woven Bamboo'],
  ['Kursi Rotan Teras Cirebon Natural', 'Rattan'],
  ['Piring Gerabah Kasongan Glasir Hijau Set 4', 'Earthenware'],
  ['Kendi Gerabah Plered Tanah Liat 1 Liter', 'Earthenware'],
  ['Vas Tembikar Lombok Motif Cicak', 'Pottery'],
  ['Topeng Kayu Ukir Malang Panji', 'Mask'],
  ['Hiasan Dinding Ukiran Jepara Kayu Jati', 'Jepara Carving'],
  ['Wayang Kulit Arjuna Kulit Kerbau Tatah Sungging', 'Wayang Leather Shadow Puppet'],
  ['Wayang Golek Cepot Sunda Kayu Albasia', 'Wayang Golek Wooden Puppet'],
  ['Blangkon Solo Batik Tulis Sogan', 'Blangkon Headwear'],
  ['Kebaya Kutubaru Brokat Wanita Hitam', 'Kebaya'],
  ['Keris Luk 7 Pamor Jawa Warangka Kayu', 'Keris Dagger'],
  ['Kopi Arabika Gayo Bubuk 250 gr', 'Arabica Coffee'],
  ['Kopi Luwak Liar Biji Sangrai 100 gram', 'Kopi Luwak (Civet Coffee)'],
  ['Biji Kopi Robusta Temanggung 1 kg', 'Coffee Beans'],
  ['Sambal Roa Khas Manado Botol 200 gr', 'Sambal Roa (Smoked Fish Chilli Relish)'],
  ['Sambal Bawang Pedas Level 5 Toples', 'Sambal Bawang (Garlic Chilli Relish)'],
  ['Keripik Singkong Balado Khas Padang 250 gram', 'Cassava Chips (Keripik)'],
  ['Keripik Pisang Lampung Manis Coklat', 'Banana Chips (Keripik)'],
  ['Kerupuk Kulit Sapi Garut Renyah', 'Crackers (Kerupuk)'],
  ['Rempeyek Kacang Tanah Khas Jogja', 'Peanut Crackers (Rempeyek)'],
  ['Rendang Daging Sapi Kering Padang 500 gr', 'Rendang'],
  ['Abon Sapi Pedas Manis 100 gr', 'Beef Floss (Abon)'],
  ['Dodol Garut Rasa Durian isi 20', 'Dodol (Sticky Sweet)'],
  ['Gula Aren Cair Banten Asli 1 Liter', 'Palm Sugar'],
  ['Gula Semut Organik Kulon Progo 500 gr', 'Granulated Palm Sugar'],
  ['Madu Hutan Sumbawa Asli 500 ml', 'Wild Forest Honey'],
  ['Jamu Kunyit Asam Serbuk Sachet', 'Jamu (Herbal Drink)'],
  ['Wedang Jahe Merah Instan isi 10', 'Ginger Wedang (Hot Spiced Drink)'],
];

describe('glossary draft', () => {
  it('has at least 40 test titles', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TITLES)('keeps the craft or food name in "%s"', (title, english) => {
    expect(glossaryDraft(title).text).toContain(english);
  });

  it('marks unknown words in brackets, one bracket for neighbours, and lists them', () => {
    const draft = glossaryDraft('Kemeja Batik Tulis Motif Parang Rusak Pekalongan');
    expect(draft.text).toBe('Shirt Hand-Drawn Batik Pattern [Parang Rusak] Pekalongan');
    expect(draft.untranslated).toEqual(['Parang', 'Rusak']);
  });

  it('keeps numbers, sizes, acronyms and places as written; lower case stays lower case', () => {
    expect(glossaryDraft('Kaos katun 100% ukuran XL, berat 250 gr, SVLK').text).toBe('T-shirt cotton 100% size XL, weight 250 g, SVLK');
    expect(glossaryDraft('batik tulis dari Yogyakarta').text).toBe('hand-drawn batik from Yogyakarta');
  });

  it('a shouting title gets a shouting draft, and its unknown capitals are still marked', () => {
    const draft = glossaryDraft('KAIN TENUN IKAT SUMBA MOTIF KUDA');
    expect(draft.text).toBe('IKAT WOVEN CLOTH SUMBA PATTERN [KUDA]');
  });

  it('translates care words as the FTC writes them', () => {
    expect(glossaryDraft('Cuci tangan, jangan diputihkan, setrika suhu rendah.').text).toBe('Hand wash, do not bleach, iron low.');
  });

  it('keeps line breaks and punctuation', () => {
    expect(glossaryDraft('Bahan:\n- katun\n- sutra').text).toBe('Material:\n- cotton\n- silk');
  });
});

describe('masking for the translator', () => {
  it('swaps only craft and food names for placeholders and puts their English back', () => {
    const masked = maskTerms('Kemeja Batik Tulis Pria dan Kopi Gayo');
    expect(masked.text).toBe('Kemeja ⟦0⟧ Pria dan ⟦1⟧ Gayo');
    expect(masked.terms).toEqual(['Hand-Drawn Batik', 'Coffee']);
    expect(unmaskTerms("Men's ⟦0⟧ Shirt and ⟦ 1 ⟧ Gayo", masked.terms)).toBe("Men's Hand-Drawn Batik Shirt and Coffee Gayo");
  });

  it('refuses a translation that lost or invented a placeholder', () => {
    expect(unmaskTerms("Men's Shirt", ['Hand-Drawn Batik'])).toBeNull();
    expect(unmaskTerms('⟦0⟧ ⟦3⟧', ['Hand-Drawn Batik'])).toBeNull();
  });
});

describe('glossary data', () => {
  const all = GLOSSARY_GROUPS.flatMap((group) => group.entries.map(([id]) => id));

  it('has at least 150 entries across craft, textile, food, material, size, colour and care, each group with its source', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(GLOSSARY_GROUPS.map((g) => g.name)).toEqual(
      expect.arrayContaining(['craft', 'textile', 'food', 'material', 'size', 'colour', 'care']),
    );
    for (const group of GLOSSARY_GROUPS) expect(group.source.length, group.name).toBeGreaterThan(10);
  });

  it('holds each Indonesian term once, in lower case with single spaces, with an English side', () => {
    expect(new Set(all).size).toBe(all.length);
    for (const group of GLOSSARY_GROUPS) {
      for (const [id, en] of group.entries) {
        expect(id).toBe(id.toLowerCase().trim().replace(/\s+/g, ' '));
        expect(en.trim()).not.toBe('');
      }
    }
  });
});

describe('hostile input', () => {
  // Linear in the words: a pattern that rescanned from every word would take minutes on 100 KB (tests/bench/export.ts times the real case).
  it.each(Object.entries(ADVERSARIAL_INPUTS))('%s (100 KB) is drafted and masked in well under a second', (_name, text) => {
    let started = performance.now();
    const draft = glossaryDraft(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    started = performance.now();
    maskTerms(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(draft.untranslated.length).toBeLessThanOrEqual(60);
  });
});
