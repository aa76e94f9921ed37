import { describe, expect, it } from 'vitest';
import { unprovenClaim } from './unproven-claim';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

const check = (description: string, title = 'Madu Hutan Asli Kalimantan 500 gram') =>
  runRule(unprovenClaim, listingWith({ title, description }));

describe('unproven-claim', () => {
  it('cure claims are errors', () => {
    expect(check('Madu ini menyembuhkan diabetes, obat segala penyakit.').map((f) => [f.params[0], f.severity])).toEqual([
      ['menyembuhkan', 'error'],
      ['obat segala penyakit', 'error'],
    ]);
  });

  it('rankings and 100% claims are warnings', () => {
    const findings = check('Madu No. 1 di Indonesia, 100% alami, terbaik se-Indonesia.');
    expect(findings.map((f) => [f.params[0], f.severity])).toEqual([
      ['No. 1 di Indonesia', 'warning'],
      ['100% alami', 'warning'],
      ['terbaik se-Indonesia', 'warning'],
    ]);
  });

  it('a registration number softens 100% claims to a tip; an organic certificate silences organic ones', () => {
    expect(check('100% alami. BPOM RI MD 235602169254')[0]).toMatchObject({ severity: 'tip', messageKey: 'rule_unproven_claim_certified' });
    expect(check('100% organik, bersertifikat organik Indonesia.')).toEqual([]);
  });

  it('is a tip when the description is unknown, since a number may be there', () => {
    expect(runRule(unprovenClaim, minimalListing('Teh Hijau 100% Alami 50 gram'))[0]?.severity).toBe('tip');
  });

  it('stays quiet for sizes named "No. 1", materials and ordinary praise', () => {
    expect(check('Kuas lukis no. 1, bahan 100% katun, kualitas terbaik.', 'Kuas Lukis Nomor 1 Set Isi 12')).toEqual([]);
  });

  const inTitle = (title: string) => runRule(unprovenClaim, minimalListing(title)).map((f) => [f.params[0], f.severity]);

  it.each([
    ['Krim Pemutih Wajah TERBAIK Glowing 30 gr', 'TERBAIK'],
    ['Serum Jerawat Paling Ampuh 20 ml', 'Paling Ampuh'],
    ['Minyak Urut Terampuh Asli Bali', 'Terampuh'],
    ['Skincare No 1 di Indonesia Paket Lengkap', 'Skincare No 1'],
    ['Brand Nomor 1 Sabun Cuci Muka', 'Brand Nomor 1'],
    ['Krim Malam Teruji Klinis Aman Bumil', 'Teruji Klinis'],
    ['Krim Ajaib Penghilang Flek Hitam', 'Ajaib'],
    ['Madu Herbal Menurunkan Kolesterol 250 ml', 'Menurunkan Kolesterol'],
    ['Salep Kulit Mengobati Gatal dan Jerawat', 'Mengobati'],
    ['Laptop Gaming No.1 Slim 15 inch', 'No.1'],
    ['Skincare Paket Glowing Terlaris', 'Terlaris'],
    ['Best Seller Flashdisk 64GB USB 3.0', 'Best Seller'],
    ['Serum Wajah Ampuh Hilangkan Flek', 'Ampuh'],
    ['Gantungan Perekat Ajaib Tanpa Bor', 'Ajaib'],
    ['Krim Pemutih Terbukti 3 Hari Putih', 'Terbukti 3'],
    ['Facial Wash Antiseptik dan Anti Inflamasi', 'Anti Inflamasi'],
    ['Serum Wajah #1 Pilihan Ibu', '#1 Pilihan'],
  ])('flags %s as a warning', (title, phrase) => {
    expect(inTitle(title)).toContainEqual([phrase, 'warning']);
  });

  it.each([
    ['Kapsul Herbal Dijamin Sembuh Asam Urat', 'Dijamin Sembuh'],
    ['Jamu Menyembuhkan Diabetes dan Darah Tinggi', 'Menyembuhkan'],
    ['Minyak Obat Segala Penyakit 60 ml', 'Obat Segala Penyakit'],
  ])('flags the cure claim in %s as an error', (title, phrase) => {
    expect(inTitle(title)).toContainEqual([phrase, 'error']);
  });

  it('"teruji klinis" with the test named is only a tip', () => {
    const findings = check('Teruji klinis oleh laboratorium independen pada 30 relawan.', 'Serum Wajah Niacinamide 20 ml');
    expect(findings.map((f) => [f.params[0], f.severity])).toEqual([['Teruji klinis', 'tip']]);
  });

  it.each([
    'Kotak Obat P3K Plastik Tiga Susun',
    'Nampan Plastik No 1 Ukuran Kecil',
    'Kuas Lukis No.1 dan No.2 Set',
    'Benang Jahit No. 1 Putih',
    'Piala Juara 1 Lomba Tinggi 40 cm',
    'Sepatu Lari Pria Ringan Hitam 42',
  ])('stays quiet for %s', (title) => {
    expect(inTitle(title)).toEqual([]);
  });

  it('calls price superlatives and praise of the use only tips', () => {
    expect(inTitle('Lap Serbet Dapur Grosir Termurah')).toEqual([['Termurah', 'tip']]);
    expect(inTitle('Konsol Game Genggam untuk Pengalaman Gaming Terbaik')).toEqual([['Terbaik', 'tip']]);
  });

  it('leaves a disclaimer alone: denying a cure claim is what the rules ask for', () => {
    expect(check('Produk ini bukan obat dan tidak untuk menyembuhkan penyakit.')).toEqual([]);
    expect(check('Tidak dimaksudkan untuk mendiagnosis, mengobati, atau menyembuhkan penyakit apa pun.')).toEqual([]);
  });

  it('leaves "terbaik" in a description alone: there it is ordinary praise', () => {
    expect(check('Kami selalu memberi pelayanan terbaik untuk pelanggan.')).toEqual([]);
  });

  it('body-changing promises on cosmetics are warnings (BPOM claim rules), ordinary words are not', () => {
    expect(inTitle('Krim Pembesar Payudara Herbal Original 50 gr')).toEqual([['Pembesar Payudara', 'warning']]);
    expect(inTitle('Lotion Pemutih Permanen Badan 250 ml')).toEqual([['Pemutih Permanen', 'warning']]);
    expect(inTitle('Pembesar Suara Toa Megaphone 25 Watt')).toEqual([]);
    expect(inTitle('Kaca Pembesar Lup Baca 10x Dengan Lampu')).toEqual([]);
    expect(inTitle('Body Lotion Pemutih Badan 250 ml')).toEqual([]);
  });
});
