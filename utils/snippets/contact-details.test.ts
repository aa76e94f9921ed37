import fc from 'fast-check';
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

/** The patterns as they were before they were made linear: the reference the new ones must agree with. */
const QUADRATIC_PATTERNS: readonly [string, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/u],
  ['url', /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.(?:com|id|co\.id|net|org|me|ly|link|shop|store|xyz|info|biz|site)\b/i],
  ['phone', /(?<!\d)(?:\+?62|0)[\s.-]?8(?:[\s.-]?\d){7,11}(?!\d)/],
  ['phone', /(?<!\d)\(?0[1-9]\d{1,2}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)/],
  ['account', /(?:^|\s)@[\p{L}\p{N}._]{3,}/u],
];
const reference = (text: string) => QUADRATIC_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;

describe('findContactDetail on long and hostile text', () => {
  it('agrees with the original patterns on random text made of the characters they care about', () => {
    const pieces = ['a', 'B', '7', '0', '8', '62', '+', '-', '_', '.', '@', ' ', 'é', '%', '(', ')', 'com', '.id', 'co.id', 'www.', 'http://', '.shop'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findContactDetail(text)).toBe(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });

  // Each of these took seconds with the old patterns (a quadratic rescan of one long run):
  // 100 KB of letters with no '@' took 8.9 s. Linear work takes a few milliseconds; the bound
  // is generous so a busy machine never fails it, and still far below the quadratic time.
  // The figures themselves are in `npm run bench`.
  const HOSTILE = {
    'letters with no @': 'a'.repeat(100_000),
    'a name that never reaches a domain': 'a-'.repeat(50_000),
    'dots and letters': 'a.'.repeat(50_000),
    'digits that are almost a phone number': '0812 '.repeat(20_000),
    'at signs': '@a'.repeat(50_000),
  };
  it.each(Object.entries(HOSTILE))('checks 100 KB of %s in linear time', (_name, text) => {
    const start = performance.now();
    const kind = findContactDetail(text);
    expect(performance.now() - start).toBeLessThan(1_500);
    expect(kind).toBe(reference(text.slice(0, 2_000)));
  });

  it('still finds a contact detail at the end of 100 KB of filler', () => {
    expect(findContactDetail(`${'a-'.repeat(50_000)} toko@contoh.co.id`)).toBe('email');
    expect(findContactDetail(`${'a'.repeat(100_000)}.com`)).toBe('url');
  });
});
