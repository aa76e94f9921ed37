import fc from 'fast-check';
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

const spans = (text: string) => findPhoneNumbers(text).map((phone) => text.slice(phone.start, phone.end));

describe('findPhoneNumbers: look-alike letters and decorative digits', () => {
  it('reads a lower-case o as 0 beside digits, but not a letter that touches a word', () => {
    expect(digits('Hubungi o812 3456 789o')).toEqual([['081234567890', 'mobile']]);
    // "789Oke": the O starts the word "Oke", so the number ends at 789.
    expect(spans('WA 0812 3456 789Oke')).toEqual(['0812 3456 789']);
    expect(digits('WA 0812 3456 789Oke')).toEqual([['08123456789', 'mobile']]);
    expect(digits('O8I2-3456-789O')).toEqual([['081234567890', 'mobile']]);
  });

  it('takes the keycap marks after the last digit into the span', () => {
    const keycaps = '0️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣0️⃣';
    expect(spans(`WA ${keycaps} ya`)).toEqual([keycaps]);
  });

  it('reads full-width digits, and a full-width letter after them ends the number', () => {
    expect(digits('ＷＡ ０８１２-３４５６-７８９０ｙａ')).toEqual([['081234567890', 'mobile']]);
    expect(spans('ＷＡ ０８１２-３４５６-７８９０ｙａ')).toEqual(['０８１２-３４５６-７８９０']);
  });
});

describe('findPhoneNumbers: separators and groups', () => {
  it('joins groups across at most three separator characters', () => {
    expect(digits('0812 - 3456 - 7890')).toEqual([['081234567890', 'mobile']]);
    expect(digits('0812 -- 3456 -- 7890')).toEqual([]);
  });

  it('does not start a number on a group after a dot: a long price is not a phone', () => {
    expect(digits('Omzet 1.250.081.234.567.890 rupiah')).toEqual([]);
  });

  it('starts a new number after a space or "(", with the bracket in the span', () => {
    expect(spans('Rp 125.000 (021) 555-1234')).toEqual(['(021) 555-1234']);
    expect(spans('+62 0812-3456-7890')).toEqual(['0812-3456-7890']);
    expect(digits('+62 0812-3456-7890')).toEqual([['081234567890', 'mobile']]);
    expect(digits('+62 021 555 1234')).toEqual([['0215551234', 'landline']]);
  });

  it('reads "62" and spaced single digits as the start of a number', () => {
    expect(digits('62 812-3456-7890')).toEqual([['6281234567890', 'mobile']]);
    expect(digits('WA 8 1 2 3 4 5 6 7 8 9 0')).toEqual([['81234567890', 'mobile']]);
    expect(spans('WA 8 1 2 3 4 5 6 7 8 9 0')).toEqual(['8 1 2 3 4 5 6 7 8 9 0']);
  });

  it('does not start a number on a group of two digits, or on a lone digit before a longer group', () => {
    expect(digits('Tanggal 08 12 2024 10 30')).toEqual([]);
    expect(digits('Dikirim 09 8 2024 10 30 WIB')).toEqual([]);
    // "No 8" is a size; the digits after it are a code.
    expect(digits('No 8 12345 67890')).toEqual([]);
  });

  it('starts a number on a mobile\'s "08" alone only after a word for calling or chatting', () => {
    // Split 2-2-4-4 to slip past filters.
    expect(digits('Hubungi 08-12-3456-7890 untuk order')).toEqual([['081234567890', 'mobile']]);
    expect(spans('WA: 08 12 3456 7890')).toEqual(['08 12 3456 7890']);
    expect(digits('Kontak: 08.13.9876.5432')).toEqual([['081398765432', 'mobile']]);
    // "No" and "Nomor" also number dates and codes; no word at all is a date and a time.
    expect(digits('No. 08 12 2024 10 30')).toEqual([]);
    expect(digits('Nomor 08-12-3456-7890')).toEqual([]);
    expect(digits('Produksi 08-12-2023 10:30, kirim 08-12-3456-7890')).toEqual([]);
    // "08" with nothing after it starts nothing, whatever the word.
    expect(digits('WA 08')).toEqual([]);
  });

  it('stops at the longest group that still makes a phone number', () => {
    expect(spans('0812-3456-7890 100% asli')).toEqual(['0812-3456-7890']);
    expect(spans('Telp (021) 555-1234 100 ribu')).toEqual(['(021) 555-1234']);
    // E.164 caps a number at 15 digits: the last group is left out.
    expect(digits('+852 1234 5678 9012 345')).toEqual([['852123456789012', 'international']]);
    expect(spans('+852 1234 5678 9012 345')).toEqual(['+852 1234 5678 9012']);
  });

  it('reads two numbers given as alternatives after a slash as two, not one long one', () => {
    expect(digits('WA 0812 345 678 / 021 555 1234')).toEqual([
      ['0812345678', 'mobile'],
      ['0215551234', 'landline'],
    ]);
    expect(spans('WA 0812 345 678 / 021 555 1234')).toEqual(['0812 345 678', '021 555 1234']);
    expect(digits('Telp 0812-3456-7890/0813-9876-5432')).toEqual([
      ['081234567890', 'mobile'],
      ['081398765432', 'mobile'],
    ]);
    // Not whole yet: the group after the slash still belongs to it, even when it starts with 0.
    expect(digits('WA 0812/3456/0789')).toEqual([['081234560789', 'mobile']]);
    // Whole already, but the group after the slash does not start with 0: it still continues the number.
    expect(digits('WA 0812-345-678/90')).toEqual([['081234567890', 'mobile']]);
  });

  it('finds two numbers side by side', () => {
    expect(spans('Kontak 0812-3456-7890 dan 0813-1234-5678')).toEqual(['0812-3456-7890', '0813-1234-5678']);
    expect(spans('0812-3456-7890 / 0813-1234-5678')).toEqual(['0812-3456-7890', '0813-1234-5678']);
  });
});

describe('findPhoneNumbers: where a number starts', () => {
  it('takes a "+" up to three spaces or brackets before the digits into the span', () => {
    expect(spans('+ 62 812 3456 7890')).toEqual(['+ 62 812 3456 7890']);
    expect(spans('+(62) 812-3456-7890')).toEqual(['+(62) 812-3456-7890']);
    expect(spans('+   62 812 3456 7890')).toEqual(['+   62 812 3456 7890']);
    expect(spans('+    62 812 3456 7890')).toEqual(['62 812 3456 7890']);
  });

  it('takes an opening bracket into the span, and counts it as a sign of a landline', () => {
    expect(spans('Toko kami (0215551234) buka')).toEqual(['(0215551234']);
    expect(digits('Toko kami (0215551234) buka')).toEqual([['0215551234', 'landline']]);
  });

  it('ignores numbers inside file names and paths', () => {
    expect(digits('foto_081234567890.jpg')).toEqual([]);
    expect(digits('gambar/081234567890.jpg')).toEqual([]);
  });

  it('treats a hyphen glued to a code as part of the code, and a leading dash as a bullet', () => {
    expect(digits('BTK-081234567890')).toEqual([]);
    expect(spans('Hubungi:\n-0812-3456-7890')).toEqual(['0812-3456-7890']);
    expect(spans('-0812-3456-7890')).toEqual(['0812-3456-7890']);
  });

  it('reads a number glued to a phone word, not one glued to other letters', () => {
    expect(digits('WA081234567890')).toEqual([['081234567890', 'mobile']]);
    expect(digits('WA81234567890')).toEqual([['81234567890', 'mobile']]);
    expect(digits('telp0215551234')).toEqual([['0215551234', 'landline']]);
    // The l ending "Call" or "Tel" is a letter of the word, not a 1.
    expect(digits('Call081234567890')).toEqual([['081234567890', 'mobile']]);
    expect(digits('Tel0215551234')).toEqual([['0215551234', 'landline']]);
    expect(digits('Tipe ZX081234567890')).toEqual([]);
    // The word glued to the number counts, not the first word of the sentence.
    expect(digits('Silakan hubungi WA081234567890')).toEqual([['081234567890', 'mobile']]);
  });

  it('does not read a number named as a code, however long the text after it', () => {
    expect(digits('Kode 081234567890 ada di label kemasan bagian belakang')).toEqual([]);
  });

  it('looks for the phone word just before the number, however long the text after it', () => {
    expect(digits('WA 812-3456-7890, bisa chat kapan saja ya kak')).toEqual([['81234567890', 'mobile']]);
  });
});

describe('findPhoneNumbers: kinds and lengths', () => {
  it('reads any number after "+" from nine digits on as international', () => {
    expect(digits('+65 123 4567')).toEqual([['651234567', 'international']]);
    expect(digits('+65 123 456')).toEqual([]);
  });

  it('reads a nine-digit landline of a small town', () => {
    expect(digits('Telp (0361) 23456')).toEqual([['036123456', 'landline']]);
  });

  it('reads a landline by its area-code group of up to four digits, not a bare ten-digit number', () => {
    expect(digits('021 555 1234')).toEqual([['0215551234', 'landline']]);
    expect(digits('0274 555123')).toEqual([['0274555123', 'landline']]);
    expect(digits('02155 51234')).toEqual([]);
    expect(digits('Motif 0215551234')).toEqual([]);
    // A mobile number needs no such sign.
    expect(digits('Order cepat 081234567890')).toEqual([['081234567890', 'mobile']]);
  });

  it('reads a landline written with +62, but not a row of numbers that starts with 62', () => {
    expect(digits('+62 21 555 1234')).toEqual([['62215551234', 'landline']]);
    expect(spans('Kantor: +62 (21) 555-1234')).toEqual(['+62 (21) 555-1234']);
    expect(digits('Lingkar dada 62 21 55 12 34')).toEqual([]);
  });
});

describe('findPhoneNumbers: laws', () => {
  // Groups and separators glued at random: what the scanner meets in a busy description.
  const group = fc.constantFrom('0', '8', '62', '021', '0812', '0813', '345', '1234', '5678', '90', 'WA', 'Rp');
  const separator = fc.constantFrom(' ', '-', '.', ' (', ') ', ' +', ' / ', '', '\ufe0f\u20e3');
  const texts = fc.array(fc.tuple(group, separator), { maxLength: 12 }).map((parts) => parts.flat().join(''));

  it('returns numbers in text order, never overlapping, each span holding exactly its digits', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const phones = findPhoneNumbers(text);
        phones.forEach((phone, k) => {
          expect(text.slice(phone.start, phone.end).replace(/\D/g, '')).toBe(phone.digits);
          if (k > 0) expect(phone.start).toBeGreaterThanOrEqual(phones[k - 1]!.end);
        });
      }),
      { numRuns: 500 },
    );
  });
});
