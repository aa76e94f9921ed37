import { describe, expect, it } from 'vitest';
import { formatDateId, formatRupiah, formatWeight } from './format';
import { listFillIns, listVariables } from './template-ast';
import { parseTemplate } from './template-parse';
import { renderTemplate, type RenderContext } from './template-render';

const now = new Date(2026, 10, 24, 9, 30);
const context: RenderContext = {
  variables: { nama_toko: 'Batik Sekar Jagad', kota: 'Pekalongan' },
  listing: {
    marketplace: 'tokopedia',
    title: 'Kemeja Batik Tulis Parang',
    priceIdr: 125_000,
    weightGrams: 250,
    category: 'Kemeja',
    stock: 1200,
  },
  now,
  fields: { ukuran: 'L', warna: 'Biru' },
};

function parseOk(body: string) {
  const parsed = parseTemplate(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

describe('parseTemplate', () => {
  it('splits text, variables and fill-ins', () => {
    const ast = parseOk('Halo dari {{nama_toko}}! Ukuran {{isi:ukuran}}, warna {{ pilih:warna|Merah|Biru|Hijau }}.');
    expect(ast.nodes.map((node) => node.type)).toEqual(['text', 'variable', 'text', 'fill-in', 'text', 'fill-in', 'text']);
    expect(listVariables(ast)).toEqual(['nama_toko']);
    expect(listFillIns(ast)).toEqual([
      { kind: 'text', name: 'ukuran' },
      { kind: 'choice', name: 'warna', options: ['Merah', 'Biru', 'Hijau'] },
    ]);
  });

  it('asks for a field used twice only once', () => {
    expect(listFillIns(parseOk('{{isi:ukuran}} dan lagi {{isi:ukuran}}'))).toEqual([{ kind: 'text', name: 'ukuran' }]);
  });

  it('keeps single braces, emoji and markup as plain text', () => {
    const body = 'Harga {promo} 🎉 <img src=x onerror=alert(1)> }';
    expect(parseOk(body).nodes).toEqual([{ type: 'text', value: body }]);
  });

  it('accepts the seller’s own variables when told about them', () => {
    expect(parseTemplate('{{jam_kirim}}').ok).toBe(false);
    expect(parseTemplate('{{jam_kirim}}', { variables: ['jam_kirim'] }).ok).toBe(true);
    expect(parseTemplate('{{jam_kirim}}', { allowUnknownVariables: true }).ok).toBe(true);
  });

  // Each malformed body, the error code and the offset it must point at.
  const malformed: [body: string, code: string, index: number][] = [
    ['Halo {{nama_toko', 'unclosed', 5],
    ['Halo {{nama_toko}\nlalu', 'unclosed', 5],
    ['Halo {{nama_toko\n}}', 'unclosed', 5],
    ['Halo nama_toko}} ya', 'stray-close', 14],
    ['{{nama_{{kota}}}}', 'nested-braces', 7],
    ['{{{nama_toko}}}', 'nested-braces', 2],
    ['Toko {{}}', 'empty-name', 7],
    ['Toko {{   }}', 'empty-name', 7],
    ['Dari {{nama_tko}}', 'unknown-variable', 7],
    ['Di {{ kota_asal }}', 'unknown-variable', 6],
    ['{{nama toko}}', 'invalid-name', 2],
    ['Warna {{pilih:warna}}', 'no-options', 8],
    ['Warna {{pilih:warna|Merah||Biru}}', 'empty-option', 26],
    ['Warna {{pilih:warna|Merah|Merah}}', 'duplicate-option', 26],
    ['Ukuran {{isi:}}', 'empty-name', 13],
    ['{{pilih:|A|B}}', 'empty-name', 8],
    ['{{isi:ukuran|S|M}}', 'unexpected-options', 12],
    ['{{warna|Merah|Biru}}', 'unexpected-options', 7],
    ['{{tanya:ukuran}}', 'unknown-kind', 2],
    ['{{isi:ukuran}} {{pilih:ukuran|S|M}}', 'conflicting-field', 15],
    ['{{isi:uk@ran}}', 'invalid-name', 6],
  ];
  it.each(malformed)('reports %j as %s at %i', (body, code, index) => {
    const parsed = parseTemplate(body);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.index).toBe(index);
    expect(parsed.error.message).toMatch(/ \/ /);
  });

  it('gives line and column of the error', () => {
    const parsed = parseTemplate('Baris satu\nBaris dua {{nama_tko}}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ line: 2, column: 13, index: 23 });
  });

  it('suggests the variable that was probably meant', () => {
    const parsed = parseTemplate('{{nama_tko}}');
    expect(!parsed.ok && parsed.error.message).toContain('Maksud Anda {{nama_toko}}?');
  });
});

describe('renderTemplate', () => {
  it('fills variables, listing values, today and fill-ins', () => {
    const result = renderTemplate(
      '{{judul}} dari {{nama_toko}}, {{kota}}. Harga {{harga}}, berat {{berat}}, stok {{stok}} ({{kategori}}). ' +
        'Dikirim {{tanggal}}. Ukuran {{isi:ukuran}}, warna {{pilih:warna|Merah|Biru}}.',
      context,
    );
    expect(result).toEqual({
      ok: true,
      text:
        'Kemeja Batik Tulis Parang dari Batik Sekar Jagad, Pekalongan. Harga Rp125.000, berat 250 gr, stok 1.200 (Kemeja). ' +
        'Dikirim 24 November 2026. Ukuran L, warna Biru.',
    });
  });

  it('renders a parsed template the same as its source', () => {
    const body = 'Salam dari {{nama_toko}} di {{kota}}';
    expect(renderTemplate(parseOk(body), context)).toEqual(renderTemplate(body, context));
  });

  it('lists every missing value instead of leaving gaps', () => {
    const result = renderTemplate('{{nama_toko}} {{harga}} {{berat}} {{isi:bahan}} {{pilih:motif|Parang|Kawung}}', {
      variables: { nama_toko: '  ' },
      listing: { marketplace: 'shopee', title: 'Kain' },
      now,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('missing-values');
    expect(result.error.index).toBe(0);
    expect(result.error.missing).toEqual({ variables: ['nama_toko', 'harga', 'berat'], fields: ['bahan', 'motif'] });
  });

  it('refuses a choice that is not one of the options', () => {
    const result = renderTemplate('{{pilih:warna|Merah|Biru}}', { ...context, fields: { warna: 'Ungu' } });
    expect(!result.ok && result.error.code).toBe('invalid-choice');
  });

  it('never renders a malformed template half-way', () => {
    const result = renderTemplate('Dari {{nama_toko}} di {{kota', context);
    expect(result).toMatchObject({ ok: false, error: { code: 'unclosed', index: 22 } });
  });

  it('inserts values as text, markup included', () => {
    const result = renderTemplate('{{isi:catatan}}', { ...context, fields: { catatan: '<b>{{kota}}</b>' } });
    expect(result).toEqual({ ok: true, text: '<b>{{kota}}</b>' });
  });

  it('knows the seller’s own variables from the context', () => {
    expect(renderTemplate('Kirim jam {{jam_kirim}}', { ...context, variables: { jam_kirim: '15.00' } })).toEqual({
      ok: true,
      text: 'Kirim jam 15.00',
    });
  });
});

describe('formats', () => {
  it('writes rupiah, weight and dates the Indonesian way', () => {
    expect(formatRupiah(125_000)).toBe('Rp125.000');
    expect(formatRupiah(1_250_000.4)).toBe('Rp1.250.000');
    expect(formatRupiah(900)).toBe('Rp900');
    expect(formatWeight(250)).toBe('250 gr');
    expect(formatWeight(1000)).toBe('1 kg');
    expect(formatWeight(1500)).toBe('1,5 kg');
    expect(formatDateId(new Date(2026, 0, 1))).toBe('1 Januari 2026');
    expect(formatDateId(now)).toBe('24 November 2026');
  });
});
