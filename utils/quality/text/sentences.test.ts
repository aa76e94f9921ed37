import { describe, expect, it } from 'vitest';
import { breakIntoLines } from './sentences';

describe('breakIntoLines', () => {
  it('starts a new line after a sentence ends and a capital follows', () => {
    expect(breakIntoLines('Bahan katun. Ukuran M sampai XL! Ada warna lain? Tanya saja.')).toBe(
      'Bahan katun.\nUkuran M sampai XL!\nAda warna lain?\nTanya saja.',
    );
  });

  it('takes the spaces and tabs between sentences, and leaves a small letter after a stop alone', () => {
    expect(breakIntoLines('Bahan katun.  \tUkuran M.')).toBe('Bahan katun.\nUkuran M.');
    expect(breakIntoLines('Harga 1.500 per pcs. harga grosir beda.')).toBe('Harga 1.500 per pcs. harga grosir beda.');
  });

  it('keeps an abbreviation with what follows it, only for a full stop', () => {
    expect(breakIntoLines('Dikirim dari Kab. Pekalongan. Berat 1 Kg. Siap kirim.')).toBe(
      'Dikirim dari Kab. Pekalongan.\nBerat 1 Kg. Siap kirim.',
    );
    expect(breakIntoLines('Muat banyak, kab! Cocok untuk mudik.')).toBe('Muat banyak, kab!\nCocok untuk mudik.');
    expect(breakIntoLines('Ukuran 30x40 cm. Bahan kanvas.')).toBe('Ukuran 30x40 cm. Bahan kanvas.');
  });

  it('looks only at the word just before the stop', () => {
    expect(breakIntoLines('Pesan lewat Kab. Dikirim besok.')).toBe('Pesan lewat Kab. Dikirim besok.');
    expect(breakIntoLines('Kab. Pekalongan, Jawa Tengah.')).toBe('Kab. Pekalongan, Jawa Tengah.');
    expect(breakIntoLines('Bahan kain kabupaten. Dikirim besok.')).toBe('Bahan kain kabupaten.\nDikirim besok.');
  });
});
