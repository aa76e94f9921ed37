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

describe('unproven-claim: severity, message and what counts as proof', () => {
  const rows = (title: string, description: string) =>
    runRule(unprovenClaim, listingWith({ title, description })).map((f) => [f.field, f.params[0], f.severity, f.messageKey]);
  const BPOM = 'BPOM RI MD 235602169254';

  it.each([
    ['Madu ini menyembuhkan maag.', 'menyembuhkan', 'error', 'rule_unproven_claim_cure'],
    ['Salep ini mengobati gatal.', 'mengobati', 'warning', 'rule_unproven_claim_cure'],
    [`Salep ini mengobati gatal. ${BPOM}`, 'mengobati', 'tip', 'rule_unproven_claim_cure'],
    ['Madu nomor 1 di Indonesia.', 'nomor 1 di Indonesia', 'warning', 'rule_unproven_claim'],
    ['Terbukti ampuh dalam seminggu.', 'Terbukti ampuh', 'warning', 'rule_unproven_claim'],
    ['Krim wajah ini anti inflamasi.', 'anti inflamasi', 'warning', 'rule_unproven_claim_cure'],
    ['Krim pembesar payudara herbal.', 'pembesar payudara', 'warning', 'rule_unproven_claim_body'],
    ['Teruji klinis, aman dipakai.', 'Teruji klinis', 'warning', 'rule_unproven_claim'],
    ['Krim wajah ajaib, kulit cerah.', 'ajaib', 'warning', 'rule_unproven_claim'],
    ['Bahan 100% alami dari hutan.', '100% alami', 'warning', 'rule_unproven_claim'],
    [`Bahan 100% alami dari hutan. ${BPOM}`, '100% alami', 'tip', 'rule_unproven_claim_certified'],
    ['Lem kayu ini ampuh dan cepat kering.', 'ampuh', 'tip', 'rule_unproven_claim'],
  ])('in a description, %s gives %s as a %s with message %s', (description, phrase, severity, messageKey) => {
    expect(rows('Produk Rumah Tangga Serbaguna', description)).toEqual([['description', phrase, severity, messageKey]]);
  });

  it.each([
    ['Krim Pemutih Wajah TERBAIK 30 gr', 'TERBAIK', 'warning'],
    ['Lap Serbet Dapur Termurah', 'Termurah', 'tip'],
    ['Gantungan Perekat Ajaib Tanpa Bor', 'Ajaib', 'warning'],
    ['Lem Kayu Ampuh Cepat Kering', 'Ampuh', 'warning'],
  ])('in a title, %s gives %s as a %s with the plain message', (title, phrase, severity) => {
    expect(rows(title, 'Isi 1 pcs.')).toEqual([['title', phrase, severity, 'rule_unproven_claim']]);
  });

  it('an organic certificate alone does not vouch for "100% alami"', () => {
    expect(rows('Beras Merah 1 kg', '100% alami, bersertifikat organik Indonesia.')).toEqual([
      ['description', '100% alami', 'warning', 'rule_unproven_claim'],
    ]);
  });

  it('a BPOM number does not stand in for an organic certificate: "100% organik" stays a tip', () => {
    expect(rows('Beras Merah 1 kg', `100% organik. ${BPOM}`)).toEqual([
      ['description', '100% organik', 'tip', 'rule_unproven_claim_certified'],
    ]);
  });

  it('an organic certificate silences "100% organik" even beside another registration', () => {
    expect(rows('Beras Merah 1 kg', `100% organik, bersertifikat organik Indonesia. ${BPOM}`)).toEqual([]);
  });

  it('"100% organik" with no certificate at all is a warning', () => {
    expect(rows('Beras Merah 1 kg', '100% organik dari petani lokal.')).toEqual([
      ['description', '100% organik', 'warning', 'rule_unproven_claim'],
    ]);
  });

  it('a bare "sudah BPOM" or a number too short is no registration: "100% alami" stays a warning', () => {
    expect(rows('Teh Hijau 50 gram', '100% alami, sudah BPOM.')).toEqual([['description', '100% alami', 'warning', 'rule_unproven_claim']]);
    expect(rows('Teh Hijau 50 gram', '100% alami. BPOM RI MD 12345')).toEqual([
      ['description', '100% alami', 'warning', 'rule_unproven_claim'],
    ]);
  });

  it('a health word anywhere in the listing makes medical effects and "ajaib" in the description count', () => {
    // "Madu" is no health word; "kulit" in the description is.
    expect(rows('Madu Hutan Asli 500 gram', 'Dioles pada kulit, anti inflamasi dan ajaib.')).toEqual([
      ['description', 'anti inflamasi', 'warning', 'rule_unproven_claim_cure'],
      ['description', 'ajaib', 'warning', 'rule_unproven_claim'],
    ]);
  });

  it('leaves medical-sounding words and "ajaib" alone on goods that are not health or beauty', () => {
    expect(rows('Software Antivirus Lisensi 1 Tahun', 'Mengatasi infeksi virus di laptop.')).toEqual([]);
    expect(rows('Spons Cuci Piring Isi 3', 'Spons ajaib untuk panci gosong.')).toEqual([]);
  });

  it('judges praise of the use only by the words just before the superlative', () => {
    // "pengalaman" after the superlative praises nothing before it.
    expect(rows('Mouse Gaming Terbaik untuk pengalaman main', 'Isi 1 pcs.')).toEqual([
      ['title', 'Terbaik', 'warning', 'rule_unproven_claim'],
    ]);
    // At the very start of a long title, the words before it are still read.
    expect(rows('Untuk Pengalaman Terbaik Mouse Gaming RGB Wireless 2.4G Silent Click', 'Isi 1 pcs.')).toEqual([
      ['title', 'Terbaik', 'tip', 'rule_unproven_claim'],
    ]);
  });

  it('"terbukti klinis" with the test named is a tip, as "teruji klinis" is', () => {
    expect(rows('Serum Wajah Niacinamide 20 ml', 'Terbukti klinis oleh laboratorium independen pada 30 relawan.')).toEqual([
      ['description', 'Terbukti klinis', 'tip', 'rule_unproven_claim'],
    ]);
    expect(rows('Serum Wajah Niacinamide 20 ml', 'Terbukti klinis mencerahkan.')).toEqual([
      ['description', 'Terbukti klinis', 'warning', 'rule_unproven_claim'],
    ]);
  });

  it('reports at most ten claims in one field', () => {
    const findings = runRule(unprovenClaim, listingWith({ description: 'Menyembuhkan. '.repeat(12) }));
    expect(findings).toHaveLength(10);
    expect(findings.at(-1)?.span).toEqual({ start: 9 * 14, end: 9 * 14 + 12 });
  });
});
