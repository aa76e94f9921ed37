import { describe, expect, it } from 'vitest';
import { detectKinds } from './kinds';
import type { ProductKind } from './types';

const kindsOf = (title: string, description?: string, category?: string) => detectKinds({ title, description, category });

describe('detectKinds', () => {
  it.each<[string, ProductKind[]]>([
    ['Kemeja Batik Tulis Pria Lengan Panjang Motif Parang Pekalongan', ['textile', 'garment']],
    ['Kaos Kaki Rajut Motif Lurik Unisex isi 3 pasang', ['textile', 'garment']],
    ['Kain Tenun Ikat Sumba Pewarna Alam 200 x 110 cm', ['textile']],
    ['Selendang Songket Palembang Benang Emas', ['textile', 'garment']],
    ['Sprei Katun Jepang Motif Bunga 160x200', ['textile']],
    ['Piring Keramik Stoneware Glasir Biru Dinoyo Diameter 25 cm', ['ceramic-tableware']],
    ['Set Cangkir Teh Gerabah Kasongan isi 6', ['ceramic-tableware']],
    ['Mangkok Saji Kayu Jati Jepara', ['natural-tableware', 'wood']],
    ['Talenan Kayu Sonokeling Ukuran Sedang', ['natural-tableware', 'wood']],
    ['Kursi Teras Kayu Jati Minimalis Finishing Natural', ['wood']],
    ['Keranjang Rotan Anyaman Tangan Cirebon', ['rattan']],
    ['Kopi Arabika Gayo Bubuk 250 gr', ['food']],
    ['Kopi Sachet Instan 3in1 isi 10', ['food']],
    ['Keripik Tempe Sagu Renyah 200 gram', ['food']],
    ['Sabun Mandi Herbal Sereh Handmade', ['cosmetic']],
    ['Lulur Bali Bengkoang Pemutih Badan 250 ml', ['cosmetic']],
  ])('%s', (title, kinds) => {
    expect(kindsOf(title)).toEqual(kinds);
  });

  it.each<[string, ProductKind[]]>([
    // A look, not a material.
    ['Case HP Motif Kayu Samsung A15 Soft Case', []],
    ['Stiker Vinyl Motif Serat Kayu Jati Lebar 45 cm', []],
    ['Piring Keramik Motif Batik Parang isi 6', ['ceramic-tableware']],
    // Plastic and glass cups are not ceramic; keramik floor tiles are not tableware.
    ['Gelas Plastik Cup 16 oz isi 50 pcs', []],
    ['Keramik Lantai 40x40 Motif Marmer Putih', []],
    // Things for clothes, not clothes.
    ['Gantungan Baju Kayu Anti Slip isi 10', ['wood']],
    ['Deterjen Baju Bayi Lembut 800 ml', []],
    // Leather, soap tools and cinnamon.
    ['Jaket Kulit Domba Asli Pria Garut', []],
    ['Cetakan Sabun Silikon Bentuk Bunga', []],
    ['Kayu Manis Batang Bubuk 100 gr', ['food']],
    ['Minyak Kayu Putih Cap Gajah 60 ml', []],
    // A cup for coffee is a cup; a soap with coffee is soap.
    ['Cangkir Kopi Keramik Handmade 200 ml', ['ceramic-tableware']],
    ['Sabun Kopi Scrub Wajah Alami', ['cosmetic']],
    // Synthetic rattan is plastic.
    ['Tas Rotan Sintetis Bulat Wanita', []],
    ['Kursi Taman Rotan Sintetis Set Meja', []],
    // A wooden handle does not make a knife a wood product.
    ['Pisau Dapur Gagang Kayu Stainless 8 inch', []],
    ['Sarung Bantal Kursi Motif Bunga 40x40', ['textile']],
    // Found by reading real listings' kinds (titles here are made up): colours, scents, covers, tools, freebies.
    ['Masker Medis 3 Ply Disposable Face Mask isi 50', []],
    ['Parfum Unisex Sandal Wood Extrait 50 ml', ['cosmetic']],
    ['Laptop Gaming 15 inch RTX 16GB - Pine Green', []],
    ['Rice Cooker Mini 1 Liter Anti Lengket', []],
    ['Celana Chino Pria Slim Fit Coklat Tua 28-34', ['textile', 'garment']],
    ['Capit Kue Stainless 25 cm Serbaguna', []],
    ['Tali Hoodie Kur Pengganti 130 cm', []],
    ['Sarung Cover Stik PS5 Silikon Anti Slip', []],
    ['Popok Celana Bayi Ukuran L isi 30', []],
    ['Piring Enamel Motif Lurik 22 cm Tebal', []],
    ['Wajan Penggorengan 28 cm Keramik Anti Lengket', []],
    ['TV LED 32 inch (luar kota wajib packing kayu)', []],
    ['Cotton Bud Kemasan Tabung isi 200', []],
    ['Madu Hutan Asli 500 ml Free Totebag Kain', ['food']],
    ['Kapas Wajah Facial Cotton Pads isi 100', []],
  ])('look-alike: %s', (title, kinds) => {
    expect(kindsOf(title)).toEqual(kinds);
  });

  it('reads the material from the description when the title names only the product', () => {
    expect(kindsOf('Nampan Saji Ukir Jepara', 'Bahan: kayu jati solid, finishing food grade.')).toEqual(['natural-tableware', 'wood']);
    expect(kindsOf('Mug Custom Nama', 'Terbuat dari keramik putih tebal, aman microwave.')).toEqual(['ceramic-tableware']);
    expect(kindsOf('Hiasan Dinding Ukir Bunga', 'Material: kayu mahoni, tebal 2 cm.')).toEqual(['wood']);
    // A wooden box mentioned in a coffee's description does not make the coffee wood.
    expect(kindsOf('Kopi Robusta Temanggung 500 gr', 'Dikemas dalam kotak, bahan kayu pinus.')).toEqual(['food']);
  });

  it('takes the category when the title alone says little', () => {
    expect(kindsOf('Atasan Lengan Pendek Polos', undefined, 'Pakaian Wanita > Atasan')).toEqual(['textile', 'garment']);
    expect(kindsOf('Paket Perawatan Glowing', undefined, 'Kecantikan > Perawatan Wajah')).toEqual(['cosmetic']);
  });
});
