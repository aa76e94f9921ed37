import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContactDetail, findContactDetails, isContactKey } from './contact-details';

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
    // What the quality engine's detector catches and the variable store's own check used to let through.
    ['O812-3456-789O', 'phone'],
    ['０８１２３４５６７８９０', 'phone'],
    ['nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol', 'phone'],
    ['0812•3456•7890', 'phone'],
    ['IG: tokobatik', 'account'],
    ['follow ig tokobatik', 'account'],
    ['nama [at] gmail [dot] com', 'email'],
    ['wa.me/6281234567890', 'url'],
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

describe('findContactDetails', () => {
  it('gives each contact detail its kind and place, for highlighting', () => {
    const text = 'Batik tulis. WA 0812-3456-7890, email toko@contoh.co.id';
    expect(findContactDetails(text).map(({ kind, start, end }) => [kind, text.slice(start, end)])).toEqual([
      ['phone', '0812-3456-7890'],
      ['email', 'toko@contoh.co.id'],
    ]);
  });

  it('refuses no invitation or pointer that carries no contact detail itself', () => {
    expect(findContactDetails('order via WA, link di bio, scan kode QR')).toEqual([]);
  });
});

describe('findContactDetail on long and hostile text', () => {
  it('finds a contact detail wherever it sits in ordinary text', () => {
    const words = fc
      .array(fc.constantFrom('batik', 'Kain', 'tulis', 'é', 'Rp125.000', '1,5 kg', ' '), { maxLength: 30 })
      .map((parts) => parts.join(' '));
    const contacts = fc.constantFrom<[string, string]>(
      ['0812-3456-7890', 'phone'],
      ['toko@contoh.co.id', 'email'],
      ['www.batikayu.com', 'url'],
      ['@batik.ayu', 'account'],
    );
    fc.assert(
      fc.property(words, contacts, words, (before, [contact, kind], after) => {
        expect(findContactDetail(`${before} ${contact} ${after}`)).toBe(kind);
        expect(findContactDetail(`${before} ${after}`)).toBeNull();
      }),
      { numRuns: 2_000 },
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
  // What the detector finds in each: runs of letters or dots are no domain (a DNS label is at most
  // 63 characters), '0812 0812 …' is a run of phone-like digits, '@a@a…' no handle.
  const HOSTILE_KIND: Record<keyof typeof HOSTILE, string | null> = {
    'letters with no @': null,
    'a name that never reaches a domain': null,
    'dots and letters': null,
    'digits that are almost a phone number': 'phone',
    'at signs': null,
  };
  // How long each takes is in `npm run bench` (tests/bench/contact-details.ts), not asserted here.
  it.each(Object.entries(HOSTILE))('reads 100 KB of %s and finds what is there', (_name, text) => {
    const kind = findContactDetail(text);
    expect(kind).toBe(HOSTILE_KIND[_name as keyof typeof HOSTILE]);
  });

  it('still finds a contact detail at the end of 100 KB of filler', () => {
    expect(findContactDetail(`${'a-'.repeat(50_000)} toko@contoh.co.id`)).toBe('email');
    expect(findContactDetail(`${'a'.repeat(100_000)} tokoku.com`)).toBe('url');
  });
});
