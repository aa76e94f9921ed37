import { describe, expect, it } from 'vitest';
import { suggestTags } from '../index';
import type { Listing } from '../../listing/listing';

/** The English tags a seller is offered, with the words each one rests on. */
const market = (title: string, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 })
    .filter((tag) => tag.kind === 'market')
    .map((tag) => ({ label: tag.label, confidence: tag.confidence, because: tag.reason.map((r) => `${r.field}:${r.text}`) }));
const labels = (title: string, extra: Partial<Listing> = {}) => market(title, extra).map((tag) => tag.label);

describe('market tags', () => {
  it('names what is sold in English, quoting the words it comes from', () => {
    expect(market('Kopi Arabika')).toEqual([{ label: 'Arabica Coffee', confidence: 0.45, because: ['title:Kopi Arabika'] }]);
    expect(market('Kopi', { description: 'Kopi arabika dari petani' })).toEqual([
      { label: 'Arabica Coffee', confidence: 0.45, because: ['description:Kopi arabika'] },
    ]);
  });

  it('says "Indonesian" only with local evidence (a place, a local product, the seller\'s words)', () => {
    expect(labels('Kopi Arabika')).not.toContain('Indonesian Coffee');
    expect(labels('Kopi Arabika Gayo')).toEqual(['Arabica Coffee', 'Indonesian Coffee']);
  });

  it('offers at most three names, the products sold before their broader kinds', () => {
    // Keripik Tempe, Kerupuk Udang and Dodol are sold; "Indonesian Chips" and "Indonesian Crackers" are their kinds.
    expect(labels('Keripik Tempe Kerupuk Udang Dodol Garut')).toEqual(['Dodol Sweet Rice Toffee', 'Prawn Crackers', 'Tempeh Chips']);
  });

  it('names a technique of a craft (batik tulis) as well as the craft', () => {
    expect(labels('Kemeja Batik Tulis Pekalongan Katun')).toEqual([
      'Handmade in Indonesia',
      'Hand-drawn Batik (Tulis)',
      'Indonesian Batik',
    ]);
  });

  it('counts a technique of a product (ATBM weaving) as what is sold, but not a technique that names no product (jumputan)', () => {
    expect(labels('Kain Songket Tenun Ikat ATBM Sikka')).toEqual(['Handmade in Indonesia', 'Handwoven', 'Ikat Weaving', 'Songket Fabric']);
    // Jumputan names no product, so the woven products' kind comes first and fills the third place.
    expect(labels('Kain Songket Tenun Ikat Motif Jumputan Palembang')).toEqual([
      'Ikat Weaving',
      'Indonesian Woven Textile',
      'Songket Fabric',
    ]);
  });

  it('names even a specific material (teak) only after the products and their kinds', () => {
    expect(labels('Set Kursi Rotan dan Mebel Ukir Kayu Jati Jepara')).toEqual(['Carved Furniture', 'Rattan Chair', 'Wood Carving']);
  });

  it('names materials after the products, and leaves them out when the products fill the three places', () => {
    expect(labels('Tas Kulit Rotan Anyaman')).toEqual(['Leather Bag', 'Rattan', 'Woven Craft']);
    expect(labels('Sarung Tenun Ikat Sutra Songket Bali')).toEqual(['Ikat Weaving', 'Indonesian Woven Textile', 'Songket Fabric']);
  });

  it('quotes one place for a name, the title first, even when the description says it too', () => {
    expect(market('Kopi Arabika', { description: 'Kopi arabika dari petani' })).toEqual([
      { label: 'Arabica Coffee', confidence: 0.45, because: ['title:Kopi Arabika'] },
    ]);
  });

  it('offers "Handmade in Indonesia" for a local handmade craft, quoting why', () => {
    const [handmade] = market('Topeng Kayu Handmade Bali').filter((tag) => tag.label === 'Handmade in Indonesia');
    expect(handmade).toEqual({ label: 'Handmade in Indonesia', confidence: 0.5, because: ['title:Handmade'] });
    // A craft that is handmade by its nature (anyaman) needs no "handmade" word.
    expect(market('Tas Anyaman Pandan Tasikmalaya').find((tag) => tag.label === 'Handmade in Indonesia')).toEqual({
      label: 'Handmade in Indonesia',
      confidence: 0.5,
      because: ['title:Tas Anyaman'],
    });
    expect(market('Kemeja Batik Tulis Pekalongan')[0]).toEqual({
      label: 'Handmade in Indonesia',
      confidence: 0.5,
      because: ['title:Batik Tulis'],
    });
  });

  it('does not offer "Handmade in Indonesia" for a craft not said to be handmade, a print, a non-craft or without local evidence', () => {
    expect(labels('Topeng Kayu Bali')).not.toContain('Handmade in Indonesia');
    expect(labels('Kemeja Batik Printing Pekalongan')).not.toContain('Handmade in Indonesia');
    expect(labels('Kaos Polos Handmade Produk Lokal')).not.toContain('Handmade in Indonesia');
    expect(labels('Topeng Kayu Handmade')).not.toContain('Handmade in Indonesia');
    // A woven bag trimmed with batik-pattern print: part of it is printed, so no handmade claim.
    expect(labels('Tas Anyaman Pandan Kombinasi Batik Printing Tasikmalaya')).toEqual(['Pandan Weaving', 'Woven Bag', 'Woven Craft']);
  });
});
