import { describe, expect, it } from 'vitest';
import { findContacts } from './contact';

// Written the ways sellers really write them; each must be found as one contact.
const MUST_TRIGGER: readonly [string, string][] = [
  ['0812-3456-7890', 'phone'],
  ['0812 3456 7890', 'phone'],
  ['081234567890', 'phone'],
  ['+62 812 3456 7890', 'phone'],
  ['+62-812-3456-7890', 'phone'],
  ['6281234567890', 'phone'],
  ['(0812) 345 6789', 'phone'],
  ['0 8 1 2 3 4 5 6 7 8 9 0', 'phone'],
  ['0812.3456.7890', 'phone'],
  ['O812-3456-789O', 'phone'],
  ['nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol', 'phone'],
  ['WA: 0812-3456-7890', 'phone'],
  ['hub 081234567890', 'phone'],
  ['(021) 555-1234', 'phone'],
  ['Telp. 021-5551234', 'phone'],
  ['WA081234567890', 'phone'],
  ['０８１２３４５６７８９０', 'phone'],
  ['0812\u200b3456\u200b7890', 'phone'],
  [
    '0\ufe0f\u20e38\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e34\ufe0f\u20e35\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e38\ufe0f\u20e39\ufe0f\u20e30\ufe0f\u20e3',
    'phone',
  ],
  ['+62 (812) 3456-7890', 'phone'],
  ['0812-345-678', 'phone'],
  ['+60 12-345 6789', 'phone'],
  ['Hub: 0857 1234 5678', 'phone'],
  ['Kantor 0274 123456', 'phone'],
  ['telp/wa 085712345678', 'phone'],
  ['wa.me/6281234567890', 'url'],
  ['api.whatsapp.com/send?phone=6281234567890', 'url'],
  ['tokobatik@gmail.com', 'email'],
  ['toko.batik_99@yahoo.co.id', 'email'],
  ['nama [at] gmail [dot] com', 'email'],
  ['nama(at)gmail(dot)com', 'email'],
  ['nama at gmail dot com', 'email'],
  ['@tokobatik', 'handle'],
  ['IG: tokobatik', 'handle'],
  ['Instagram: @toko.batik', 'handle'],
  ['Line ID: tokobatik', 'handle'],
  ['follow ig tokobatik', 'handle'],
  ['instagram.com/tokobatik', 'url'],
  ['t.me/tokobatik', 'url'],
  ['fb.com/tokobatik', 'url'],
  ['linktr.ee/tokobatik', 'url'],
  ['https://tokobatik.com/katalog', 'url'],
  ['http://bit.ly/3abcDEF', 'url'],
  ['www.tokobatik.id', 'url'],
  ['bit.ly/promo123', 'url'],
  ['tokobatik.com', 'url'],
  ['tokobatik.co.id', 'url'],
  ['order via WA', 'invitation'],
  ['hubungi kami di WhatsApp', 'invitation'],
  ['scan kode QR', 'qr'],
  // Forms used to slip past filters.
  ['0812*3456*7890', 'phone'],
  ['0812_3456_7890', 'phone'],
  ['0812•3456•7890', 'phone'],
  ['0812/3456/7890', 'phone'],
  ['0812~3456~7890', 'phone'],
  ['#Nol-813-8596-7878', 'phone'],
  ['nol delapan 12 3456 7890', 'phone'],
  ['kosong lapan satu dua tiga empat lima enam tujuh lapan sembilan', 'phone'],
  ['0812 tiga empat lima enam 7890', 'phone'],
  ['O8l2-3456-789O', 'phone'],
  ['0812-3456-78I0', 'phone'],
  ['⓪⑧①②③④⑤⑥⑦⑧⑨⓪', 'phone'],
  ['𝟎𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎', 'phone'],
  ['𝟘𝟠𝟙𝟚-𝟛𝟜𝟝𝟞-𝟟𝟠𝟡𝟘', 'phone'],
  ['tokobatik@gmail', 'email'],
  ['tokobatik (at) yahoo', 'email'],
  ['tokobatik gmail dot com', 'url'],
  ['tokobatik dot com', 'url'],
  ['tokobatik (titik) id', 'url'],
  ['IG tokobatik_official', 'handle'],
  ['ig toko.batik', 'handle'],
  ['tiktok kami batiksari88', 'handle'],
  ['link di bio', 'pointer'],
  ['nomor ada di foto', 'pointer'],
  ['WA di gambar', 'pointer'],
  ['cek bio', 'pointer'],
  ['cek profil', 'pointer'],
  ['nomor admin ada di foto', 'pointer'],
  ['chat via WA', 'invitation'],
];

// Look-alikes: numbers and at-signs that are sizes, prices, codes, dates and certificates.
const MUST_NOT_TRIGGER: readonly string[] = [
  'ukuran 39-44',
  '120x200 cm',
  '250gr',
  '1,5 kg',
  'Rp125.000',
  '1.250.000',
  'Harga 1.250.000 - 2.000.000',
  'SKU: BTK-2024-0012',
  'BLP-60058-00011',
  '12-08-2024',
  '2024/08/12',
  'Tahun 2024',
  'iPhone 15 Pro',
  'Redmi Note 13',
  'Model A54 5G 8/256GB',
  'Dimensi 30 x 40 x 15 cm',
  'Lebar 150 cm x 200 cm x 30 cm',
  'P-IRT No. 2063507010123-27',
  'BPOM RI MD 235602169254',
  'SNI 0096:2007',
  'Halal ID31110001294812',
  'barcode 8991234567890',
  'Barcode: 0812345678901',
  'EAN-13: 0012345678905',
  'No. Invoice INV/20240812/MPL/3456789012',
  'Order ID 240812ABCD1234',
  'Resi JP1234567890',
  'IMEI 356789012345678',
  'NIK 3201012345678901',
  'NPWP 01.234.567.8-901.000',
  'Kode pos 51111',
  'rasio 1:1',
  '08-12-2024 10:30',
  'Buka jam 08.00 - 17.00 WIB',
  'Ukuran 0-3 bulan, 3-6 bulan',
  'Berat 0,8 kg',
  'Daya 1.200 watt',
  '@Rp10.000',
  'isi 3 @pcs',
  'Isi 12 pcs @ Rp5.000',
  'Cek keaslian di cekbpom.pom.go.id',
  'halal.go.id',
  'Bahan katun.Id',
  'Sertifikat IG: IDG000000014',
  'Kopi IG Kintamani',
  'Chat penjual untuk tanya stok',
  'Stay@Home',
  'Versi 1.2.3',
  'Dress A-line motif bunga, line art',
  'shopee.co.id/tokoku',
  // Brands' own help pages, government checks written with bullets, dates, sizes, codes and registrations.
  'Cek IMEI di http://kemenperin•go•id/imei/',
  'Klaim garansi Samsung di https://www.samsung.com/id/support/warranty/',
  'Panduan lengkap: support.apple.com/id-id/iphone',
  'Kumpulkan poin di eraspace.com/myeraspace/claim-transaction',
  'Driver printer: epson.co.id/drivers',
  'Periode promo 12/08/2024 - 31/08/2024',
  'Ukuran 08/10/12 tersedia',
  'Kemenkes RI AKD 20501220379',
  'POM NA18171234567',
  'POM TR 123456789',
  'IG IDG000000014 Kopi Gayo',
  'Kopi IG Kintamani Bali',
  'Tiktok Shop by Tokopedia',
  'Satu set isi dua belas pcs',
  'Nomor seri ada di kotak',
  'Cek profil toko kami untuk produk lain',
  'Stok kosong 08.00 buka lagi',
  'Kain motif polka dot combed 30s',
];

describe('findContacts', () => {
  it('has at least 40 forms that must trigger and 40 that must not', () => {
    expect(MUST_TRIGGER.filter(([, kind]) => kind === 'pointer').length).toBeGreaterThanOrEqual(4);
    expect(MUST_TRIGGER.length).toBeGreaterThanOrEqual(40);
    expect(MUST_NOT_TRIGGER.length).toBeGreaterThanOrEqual(40);
  });

  it.each(MUST_TRIGGER)('finds %s as a %s', (text, kind) => {
    const found = findContacts(`Keterangan: ${text} ya kak`);
    expect(found.map((c) => c.kind)).toEqual([kind]);
    // The span covers the contact itself; a lead-in such as "WA: " is only taken by the removal.
    expect(text.endsWith(found[0]!.phrase)).toBe(true);
    expect(found[0]!.phrase.length).toBeGreaterThanOrEqual(Math.min(text.length, 6));
  });

  it.each(MUST_NOT_TRIGGER)('leaves %s alone', (text) => {
    expect(findContacts(`Keterangan: ${text}.`)).toEqual([]);
  });

  it('takes the lead-in along for removal', () => {
    const text = 'Info lebih lanjut hubungi WA: 0812-3456-7890';
    const [contact] = findContacts(text);
    expect(text.slice(contact!.removeFrom)).toBe('hubungi WA: 0812-3456-7890');
  });

  it('separates two numbers written one after the other', () => {
    expect(findContacts('WA 0812-3456-7890 / 0857 1234 5678').map((c) => c.phrase)).toEqual(['0812-3456-7890', '0857 1234 5678']);
    expect(findContacts('Rp 125.000 0812 3456 7890').map((c) => c.phrase)).toEqual(['0812 3456 7890']);
  });

  it('treats a QR mention as a pointer (warning), and can skip it', () => {
    expect(findContacts('scan QR code di foto')[0]?.severity).toBe('warning');
    expect(findContacts('scan QR code di foto', { qr: false })).toEqual([]);
  });

  it('takes a lead-in at the very start of the text, across up to three separators', () => {
    expect(findContacts('WA: 0812-3456-7890')[0]?.removeFrom).toBe(0);
    expect(findContacts('WA:  0812-3456-7890')[0]?.removeFrom).toBe(0);
    // Four separators: the word is too far from the number to be its lead-in.
    expect(findContacts('WA:   0812-3456-7890')[0]).toMatchObject({ start: 6, removeFrom: 6 });
  });

  it('takes only a whole lead-in word, not one glued to a number or a longer word', () => {
    expect(findContacts('Stok100di 0812-3456-7890')[0]).toMatchObject({ start: 10, removeFrom: 10 });
    expect(findContacts('Ada di kedai 0812-3456-7890')[0]).toMatchObject({ start: 13, removeFrom: 13 });
  });

  it('looks for the lead-in only within 40 characters before the contact', () => {
    // "hubungi" starts 40 characters before the number: taken. One character further: left, with what follows it.
    const near = 'Stok ada hubungi kami di wa kami di wa kami  di  0812-3456-7890';
    expect(near.indexOf('0812') - near.indexOf('hubungi')).toBe(40);
    expect(findContacts(near)[0]?.removeFrom).toBe(near.indexOf('hubungi'));
    const far = 'Stok ada hubungi kami di wa kami di wa kami   di  0812-3456-7890';
    expect(far.indexOf('0812') - far.indexOf('hubungi')).toBe(41);
    expect(findContacts(far)[0]?.removeFrom).toBe(far.indexOf('kami'));
  });

  it('keeps a pointer that comes before a contact, and one that comes after it', () => {
    expect(findContacts('order via WA ya kak. 0812-3456-7890').map((c) => [c.kind, c.severity, c.start, c.removeFrom])).toEqual([
      ['invitation', 'warning', 0, 0],
      ['phone', 'error', 21, 21],
    ]);
    expect(findContacts('0812-3456-7890 ya kak, atau cek bio').map((c) => c.kind)).toEqual(['phone', 'pointer']);
  });
});
