import { describe, expect, it } from 'vitest';
import { toTitleCase } from './title-case';

describe('toTitleCase', () => {
  it('capitalises each word, keeps connectors small except the first word', () => {
    expect(toTitleCase('KAOS POLOS COTTON COMBED UNTUK PRIA DAN WANITA')).toBe('Kaos Polos Cotton Combed untuk Pria dan Wanita');
    expect(toTitleCase('UNTUK ANAK DAN DEWASA')).toBe('Untuk Anak dan Dewasa');
  });

  it('keeps codes as written: words with digits, two-letter words, known acronyms', () => {
    expect(toTitleCase('KAOS 30S UKURAN XL WARNA HITAM')).toBe('Kaos 30S Ukuran XL Warna Hitam');
    expect(toTitleCase('LAMPU LED USB TV A')).toBe('Lampu LED USB TV A');
    expect(toTitleCase('KABEL HDMI PANJANG')).toBe('Kabel HDMI Panjang');
  });
});
