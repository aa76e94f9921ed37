import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

/** Origin tags as a seller sees them: label, confidence and the words quoted as the reason. */
const origins = (title: string, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 })
    .filter((tag) => tag.kind === 'origin')
    .map((tag) => `${tag.label} ${tag.confidence} ${tag.reason.map((r) => `${r.field}:${r.text}`).join('+')}`);

describe('origin tags: how strongly and why', () => {
  it('rates a place after the product or after an origin word above a place written before it', () => {
    expect(origins('Dodol Garut Asli')).toEqual(['Dodol Garut 0.95 title:Dodol+title:Garut', 'Garut 0.83 title:Garut']);
    expect(origins('Dodol Khas Garut')).toEqual(['Dodol Garut 0.95 title:Dodol+title:Garut', 'Garut 0.83 title:Garut']);
    expect(origins('Garut Dodol')).toEqual(['Dodol Garut 0.88 title:Dodol+title:Garut', 'Garut 0.7 title:Garut']);
  });

  it('rates a place named only in the description lower, quoting both fields', () => {
    expect(origins('Dodol', { description: 'Dodol khas Garut' })).toEqual([
      'Dodol Garut 0.85 title:Dodol+description:Garut',
      'Garut 0.64 description:Garut',
    ]);
  });

  it('offers "Oleh-oleh <place>" when the listing says oleh-oleh from there', () => {
    expect(origins('Dodol Oleh-oleh Khas Garut')).toContain('Oleh-oleh Garut 0.9 title:Garut');
  });

  it('names at most three places, and the product with the first two', () => {
    expect(origins('Batik Pekalongan Solo Lasem Cirebon')).toEqual([
      'Batik Pekalongan 0.95 title:Batik+title:Pekalongan',
      'Batik Solo 0.88 title:Batik+title:Solo',
      'Pekalongan 0.83 title:Pekalongan',
      'Lasem 0.7 title:Lasem',
      'Solo 0.7 title:Solo',
    ]);
  });

  it('names a product of a place weakly with the seller city, only when the city is known for it and the listing names no place', () => {
    expect(origins('Songket', { origin: 'Kota Palembang' })).toEqual(['Songket Palembang 0.5 title:Songket+origin:Palembang']);
    expect(origins('Rendang', { origin: 'Kota Malang' })).toEqual([]);
    expect(origins('Songket Sikka', { origin: 'Kota Palembang' })).toEqual([
      'Songket Sikka 0.9 title:Songket+title:Sikka',
      'Sikka 0.83 title:Sikka',
    ]);
  });

  it('names everyday goods only with a place known for them', () => {
    expect(origins('Tas Kulit Garut')).toContain('Tas Kulit Garut 0.95 title:Tas Kulit+title:Garut');
    expect(origins('Tas Jakarta Murah')).toEqual([]);
  });

  it('names the most specific product, not its broader kind', () => {
    expect(origins('Batik Tulis Kudus')).toEqual(['Batik Kudus 0.9 title:Batik Tulis+title:Kudus', 'Kudus 0.83 title:Kudus']);
    expect(origins('Tenun Ikat Sikka').join('\n')).not.toContain('Tenun Sikka');
  });
});
