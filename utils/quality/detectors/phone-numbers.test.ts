import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './phone-numbers';

const digits = (text: string) => findPhoneNumbers(text).map((phone) => [phone.digits, phone.kind]);

describe('findPhoneNumbers', () => {
  it('normalises mobile numbers to their digits, whatever the separators', () => {
    expect(digits('0812-3456-7890')).toEqual([['081234567890', 'mobile']]);
    expect(digits('+62 812 3456 7890')).toEqual([['6281234567890', 'mobile']]);
    expect(digits('O812-3456-789O')).toEqual([['081234567890', 'mobile']]);
  });

  it('reads landlines only with a sign they are phones', () => {
    expect(digits('(021) 555-1234')).toEqual([['0215551234', 'landline']]);
    expect(digits('Telp 0215551234')).toEqual([['0215551234', 'landline']]);
    expect(digits('Kode 0215551234')).toEqual([]);
    expect(digits('Seri 0215551234')).toEqual([]);
  });

  it('accepts a number without its 0 only after a phone word', () => {
    expect(digits('WA 812-3456-7890')).toEqual([['81234567890', 'mobile']]);
    expect(digits('Ukuran 812-3456-7890')).toEqual([]);
  });

  it('reads spelled-out numbers, and not counting words in a sentence', () => {
    expect(digits('nol delapan satu tiga satu dua tiga empat lima enam tujuh')).toEqual([['08131234567', 'mobile']]);
    expect(digits('satu dua tiga, langkah mudah')).toEqual([]);
  });

  it('rejects digit runs longer than any phone number', () => {
    expect(digits('0812345678901234567890')).toEqual([]);
  });

  it('reads numbers written partly in words, with look-alike letters or decorative digits', () => {
    expect(digits('#Nol-813-8596-7878')).toEqual([['081385967878', 'mobile']]);
    expect(digits('kosong lapan se dua 3456 7890')).toEqual([['081234567890', 'mobile']]);
    expect(digits('O8l2-3456-789O')).toEqual([['081234567890', 'mobile']]);
    expect(digits('𝟎𝟖𝟏𝟐-𝟑𝟒𝟓𝟔-𝟕𝟖𝟗𝟎')).toEqual([['081234567890', 'mobile']]);
    expect(digits('0812*3456*7890')).toEqual([['081234567890', 'mobile']]);
  });

  it('keeps spans on the original text', () => {
    const text = 'WA ⓪⑧①② 3456 7890 ya';
    const [phone] = findPhoneNumbers(text);
    expect(text.slice(phone!.start, phone!.end)).toBe('⓪⑧①② 3456 7890');
  });

  it('leaves counting words, sizes, dates and "se-" alone', () => {
    expect(digits('Tersedia satu, dua, atau tiga lusin')).toEqual([]);
    expect(digits('Terbaik se-Indonesia 2024')).toEqual([]);
    expect(digits('Ukuran 8/128 GB dan 12/256 GB')).toEqual([]);
    expect(digits('Promo 12/08/2024 sampai 31/08/2024')).toEqual([]);
  });
});
