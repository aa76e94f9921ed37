import { describe, expect, it } from 'vitest';
import { findContactDetail, isContactKey } from './contact-details';

describe('findContactDetail', () => {
  it.each([
    ['0812-3456-7890', 'phone'],
    ['+62 812 3456 7890', 'phone'],
    ['hubungi 081234567890 ya', 'phone'],
    ['(021) 555 1234', 'phone'],
    ['toko@contoh.co.id', 'email'],
    ['https://contoh.id/toko', 'url'],
    ['www.batikayu.com', 'url'],
    ['batikayu.id', 'url'],
    ['ikuti @batik.ayu', 'account'],
  ])('finds %s (%s)', (text, kind) => {
    expect(findContactDetail(text)).toBe(kind);
  });

  it.each([
    'Batik Sekar Jagad',
    'Kab. Pekalongan',
    'Rp125.000',
    'Jl. Merdeka No. 10, RT 02/RW 05',
    'P-IRT No. 2063374010148-24',
    'ID35110000123450322',
    'Senin–Sabtu, 08.00–15.00',
    'Harga 1.250.000, berat 1,5 kg',
  ])('leaves %s alone', (text) => {
    expect(findContactDetail(text)).toBeNull();
  });
});

describe('isContactKey', () => {
  it('recognises keys naming a contact channel', () => {
    for (const key of ['no_wa', 'whatsapp', 'email_toko', 'link_toko', 'ig', 'nomor_hp', 'kontak']) expect(isContactKey(key)).toBe(true);
    for (const key of ['nama_toko', 'kota', 'jam_kirim', 'no_pirt', 'nomor_halal']) expect(isContactKey(key)).toBe(false);
  });
});
