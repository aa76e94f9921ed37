import { describe, expect, it } from 'vitest';
import { foodRegistrationMissing } from './food-registration-missing';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

const food = (title: string, description: string, category?: string) =>
  runRule(foodRegistrationMissing, listingWith({ title, description, category }));

describe('food-registration-missing', () => {
  it.each([
    'Keripik Singkong Balado 250gr',
    'Sambal Bawang Pedas 150ml',
    'Kopi Gayo Bubuk 250 gram',
    'Madu Hutan Kalimantan 500 ml',
    'Abon Sapi Original 100gr',
    'Frozen Food Dimsum Ayam isi 20',
  ])('warns for %s with no P-IRT or BPOM number', (title) => {
    expect(food(title, 'Enak, renyah, dan gurih. Dikirim setiap hari.', undefined)[0]).toMatchObject({ severity: 'warning' });
  });

  it('uses the category when the page gives one', () => {
    expect(food('Paket Lebaran Spesial', 'Isi lengkap.', 'Makanan & Minuman > Kue Kering')).toHaveLength(1);
    expect(food('Cetakan Kue Nastar', 'Isi 6.', 'Rumah Tangga > Dapur > Cetakan Kue')).toEqual([]);
  });

  it('stays quiet with a registration, for things that go with food, and when the description is unknown', () => {
    expect(food('Keripik Singkong Balado 250gr', 'P-IRT No. 2063507010123-27')).toEqual([]);
    expect(food('Sambal Bawang 150ml', 'BPOM RI MD 235602169254')).toEqual([]);
    expect(food('Gelas Kopi Keramik 300ml', 'Gelas keramik.', undefined)).toEqual([]);
    expect(food('Sabun Madu Alami 100gr', 'Sabun batang.', undefined)).toEqual([]);
    expect(food('Makanan Kucing Dewasa 1kg', 'Pakan kucing.', undefined)).toEqual([]);
    expect(runRule(foodRegistrationMissing, minimalListing('Keripik Singkong Balado 250gr'))).toEqual([]);
  });
});
