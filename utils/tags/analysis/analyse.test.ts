import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

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
