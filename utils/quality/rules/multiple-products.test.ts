import { describe, expect, it } from 'vitest';
import { multipleProducts } from './multiple-products';
import { listingWith, runRule } from '../../../tests/support/test-listings';

const check = (title: string) => runRule(multipleProducts, listingWith({ title }));

describe('multiple-products', () => {
  it.each([
    ['Sabun + Panci + Kaos Murah', 'sabun, panci, kaos'],
    ['Sabun Cuci Muka + Panci Stainless 18 cm', 'sabun, panci'],
    ['Kopi Bubuk Robusta 250 gr dan Sandal Jepit Pria', 'kopi, sandal'],
    ['Paket Madu Hutan, Kaos Polos, Pulpen Gel', 'madu, kaos, pulpen'],
    ['Mainan Mobil Remote | Sprei Katun Motif Bunga', 'mainan, sprei'],
    ['Helm Bogo Retro + Jaket Touring Pria', 'helm, jaket'],
    ['Pakan Kucing 1 kg + Sendal Jepit + Teh Celup', 'pakan, sendal, teh'],
  ])('warns on %s', (title, items) => {
    const [finding] = check(title);
    expect(finding).toMatchObject({ ruleId: 'multiple-products', severity: 'warning', field: 'title', params: [items] });
  });

  it.each([
    'Kaos Polos Katun Combed 30s Hitam',
    'Kaos + Celana Setelan Anak Laki-laki',
    'Laptop Asus Vivobook 14 + Tas Laptop',
    'Panci Set Stainless 5 pcs + Sutil dan Centong',
    'Hampers Lebaran Kue Kering + Toples + Sirup',
    'Termos Nasi 6L Free Centong dan Saringan',
    'Seagate Backup Plus 1TB + Pouch + Pen',
    'Flash Disk / Flash Drive / Flashdisk USB 64GB',
    'Pisau Dapur Serbaguna - Pisau Kecil Tajam',
    'Sabun Mandi Cair 450 ml - Wangi Mawar, 3 pcs',
    'Skincare Paket Glowing Serum + Toner + Krim Malam',
    'Kemeja Pria Lengan Panjang - Hitam, XL',
    'HP Samsung A15 + Casing + Tempered Glass',
    'Pulpen Flashdisk 16GB 3in1 Pulpen + Laser + Flashdisk USB',
    'Lampu LED 12 Watt + Kabel Fitting 2 Meter',
    'Minyak Goreng 2 Liter + Gula Pasir 1 kg',
    'Oli Mesin 1 Liter + Filter Oli',
    'Bola Lampu LED 12 Watt + Kabel',
    'Kasur Lipat Busa - Kasur Lantai 180x200',
  ])('stays quiet for %s', (title) => {
    expect(check(title)).toEqual([]);
  });

  it('reads the noun after a quantity or packaging word', () => {
    expect(check('(12pcs) Sabun Batang + Panci Kecil')[0]?.params).toEqual(['sabun, panci']);
    expect(check('Isi 6 Sabun Batang + 2 pcs Panci Kecil')[0]?.params).toEqual(['sabun, panci']);
  });

  it('names the first noun of each kind', () => {
    expect(check('Kaos Polos + Panci Kecil + Celana Jeans')[0]?.params).toEqual(['kaos, panci']);
  });

  it('needs the title to open with a known product', () => {
    expect(check('Promo Akhir Tahun + Sabun Mandi + Panci Kecil')).toEqual([]);
  });

  it('takes a bag or wallet as an electronic product’s accessory only when nothing else is added', () => {
    expect(check('HP Samsung A15 + Dompet Kulit')).toEqual([]);
    expect(check('Laptop Asus Vivobook + Tas Ransel + Panci Kecil')[0]?.params).toEqual(['laptop, tas, panci']);
    expect(check('Tas Ransel Sekolah + Panci Kecil')[0]?.params).toEqual(['tas, panci']);
    expect(check('Laptop Asus Vivobook + Kaos Polos')[0]?.params).toEqual(['laptop, kaos']);
  });

  it('reads only the first 12 parts and the first 500 characters of a title', () => {
    expect(check(`${Array.from({ length: 11 }, () => 'Kaos Polos').join(' + ')} + Panci Kecil`)).toHaveLength(1);
    expect(check(`${Array.from({ length: 12 }, () => 'Kaos Polos').join(' + ')} + Panci Kecil`)).toEqual([]);
    expect(check(`Sabun Mandi ${'wangi '.repeat(80)}+ Panci Kecil`)).toHaveLength(1);
    expect(check(`Sabun Mandi ${'wangi '.repeat(90)}+ Panci Kecil`)).toEqual([]);
  });
});
