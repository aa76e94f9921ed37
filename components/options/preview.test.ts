import { describe, expect, it } from 'vitest';
import { previewTemplate } from './preview';

const listing = { title: 'Kemeja Batik', priceIdr: 185_000, weightGrams: 350, category: 'Batik Pria', stock: 24 };
const now = new Date(2026, 10, 24);

describe('previewTemplate', () => {
  it('fills stored variables and the sample listing', () => {
    const preview = previewTemplate(
      '{{nama_toko}} di {{kota}}: {{judul}} {{harga}}, {{berat}}',
      { nama_toko: 'Toko Sekar', kota: 'Solo' },
      listing,
      now,
    );
    expect(preview).toEqual({ ok: true, text: 'Toko Sekar di Solo: Kemeja Batik Rp185.000, 350 gr', missing: [] });
  });

  it('shows missing variables and fill-ins as named slots, and a choice as its first option', () => {
    const preview = previewTemplate('{{nama_toko}} {{isi:ukuran}} {{pilih:warna|Merah|Biru}}', {}, listing, now);
    expect(preview).toEqual({ ok: true, text: '‹nama_toko› ‹ukuran› Merah', missing: ['nama_toko'] });
  });

  it('reports a broken template with its line and column', () => {
    const preview = previewTemplate('Halo\nkirim dari {{kota', {}, listing, now);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.error).toMatchObject({ code: 'unclosed', line: 2, column: 12 });
  });

  it('knows the seller’s own variables', () => {
    expect(previewTemplate('{{bahan}}', { bahan: 'katun' }, listing, now)).toMatchObject({ ok: true, text: 'katun' });
    expect(previewTemplate('{{bahan}}', {}, listing, now)).toMatchObject({ ok: false, error: { code: 'unknown-variable' } });
  });
});
