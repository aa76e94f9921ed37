import { describe, expect, it } from 'vitest';
import { foodSignal } from './food-words';

describe('foodSignal', () => {
  it.each([
    'Keripik Pisang Coklat',
    'Sambal Roa Manado',
    'Kopi Arabika Gayo',
    'Teh Tarik Sachet',
    'Madu Murni',
    'Kue Nastar',
    'Dodol Garut',
    'Abon Ikan',
    'Rendang Kering',
    'Frozen Food Nugget',
    'Minuman Jahe Instan',
  ])('reads %s as food', (title) => {
    expect(foodSignal(title, undefined)).not.toBeNull();
  });

  it.each([
    'Gelas Kopi Keramik',
    'Cetakan Kue Nastar',
    'Sabun Madu',
    'Makanan Kucing Whiskas',
    'Kaos Kopi Distro',
    'Teko Teh Kaca',
    'Ulekan Sambal Batu',
    'Boneka Frozen Elsa',
  ])('does not read %s as food', (title) => {
    expect(foodSignal(title, undefined)).toBeNull();
  });

  it('lets the category decide when there is one', () => {
    expect(foodSignal('Paket Hampers', 'Makanan & Minuman > Kue')).not.toBeNull();
    expect(foodSignal('Keripik Pisang', 'Hewan Peliharaan > Makanan Kucing')).toBeNull();
  });

  it('names the word that made it food, from the category when there is one', () => {
    expect(foodSignal('Keripik Pisang Coklat', undefined)).toEqual({ word: 'Keripik' });
    expect(foodSignal('Paket Hampers', 'Makanan & Minuman > Kue')).toEqual({ word: 'Makanan' });
  });

  it('reads the title when the category is empty or blank', () => {
    expect(foodSignal('Keripik Pisang Coklat', '')).toEqual({ word: 'Keripik' });
    expect(foodSignal('Keripik Pisang Coklat', '   ')).toEqual({ word: 'Keripik' });
    expect(foodSignal('Keripik Pisang Coklat', 'Fashion Pria')).toBeNull();
  });
});
