import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainPreview } from './plain-preview';

describe('plainPreview', () => {
  it('shows shop values, fill-ins and choices by their plain label', () => {
    expect(plainPreview('Salam dari {{nama_toko}} di {{kota}}. Ukuran: {{isi:ukuran}}, warna {{pilih:warna|Merah|Biru}}.')).toBe(
      'Salam dari ‹nama toko› di ‹kota›. Ukuran: ‹ukuran›, warna ‹warna›.',
    );
  });

  it('never shows template braces, even in a broken template', () => {
    expect(plainPreview('Garansi {{nama_toko dan }} sisa {{')).toBe('Garansi ‹nama toko dan› sisa ');
    // Found by the property below: removing the "{{" joined the two single braces into "}}".
    expect(plainPreview('}{{}')).toBe('');
    expect(plainPreview('a}{{}b')).toBe('ab');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'a', ':', '|', ' ', '_') }), (text) => {
        expect(plainPreview(text)).not.toMatch(/\{\{|\}\}/);
      }),
    );
  });
});
