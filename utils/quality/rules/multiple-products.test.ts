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
});
