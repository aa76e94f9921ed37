import { describe, expect, it } from 'vitest';
import { parseSnippetFile } from './file';
import type { SnippetFileError } from './model';

const entry = (extra: Record<string, unknown> = {}) => ({ title: 'Garansi', body: 'Garansi 7 hari.', ...extra });
const envelope = (snippets: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'rapi-snippets', version: 1, exportedAt: '2026-11-24T00:00:00.000Z', snippets, ...extra });
const json = (...entries: unknown[]) => envelope(entries);
const csv = (...lines: string[]) => lines.join('\r\n');

function errorsOf(text: string, format: 'json' | 'csv'): SnippetFileError[] {
  const result = parseSnippetFile(text, format);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

type Case = [name: string, text: string, format: 'json' | 'csv', message: RegExp, where?: { row?: number; field?: string }];

const cases: Case[] = [
  ['an empty file', '', 'json', /^File kosong \/ The file is empty$/],
  ['only whitespace and a BOM', '\uFEFF  \r\n ', 'csv', /File kosong/],
  ['not JSON at all', 'Garansi 7 hari', 'json', /bukan JSON yang valid .* \/ This file is not valid JSON/],
  ['JSON cut short', envelope([entry()]).slice(0, 60), 'json', /bukan JSON yang valid/],
  ['a bare array', JSON.stringify([entry()]), 'json', /bukan ekspor Rapi.*"format": "rapi-snippets"/],
  ['another format', envelope([], { format: 'briskine' }), 'json', /bukan file teks siap pakai Rapi/, { field: 'format' }],
  ['a newer version', envelope([], { version: 2 }), 'json', /Rapi yang lebih baru \(versi 2\).*newer Rapi/, { field: 'version' }],
  ['a version as text', envelope([], { version: '1' }), 'json', /versi file tidak dikenal: "1"/, { field: 'version' }],
  [
    'no export date',
    JSON.stringify({ format: 'rapi-snippets', version: 1, snippets: [] }),
    'json',
    /isian "exportedAt": wajib diisi/,
    { field: 'exportedAt' },
  ],
  [
    'snippets not a list',
    envelope({ title: 'x' }),
    'json',
    /isian "snippets": harus berupa daftar \/ .*must be a list/,
    { field: 'snippets' },
  ],
  [
    'a missing title',
    json({ body: 'Isi' }),
    'json',
    /^Teks ke-1, isian "title": wajib diisi \/ Snippet 1, field "title": is required$/,
    { row: 1, field: 'title' },
  ],
  [
    'a body of the wrong type',
    json(entry(), entry({ body: 42 })),
    'json',
    /Teks ke-2, isian "body": harus berupa teks/,
    { row: 2, field: 'body' },
  ],
  [
    'a huge body',
    json(entry({ body: 'x'.repeat(20_001) })),
    'json',
    /^Teks ke-1, isian "body": teks terlalu panjang \(maks\. 20\.000 karakter\) \/ Snippet 1, field "body": text too long \(max 20,000 characters\)$/,
    { row: 1, field: 'body' },
  ],
  [
    'a huge title',
    json(entry({ title: 'Judul '.repeat(40) })),
    'json',
    /teks terlalu panjang \(maks\. 200 karakter\)/,
    { row: 1, field: 'title' },
  ],
  [
    '21 tags',
    json(entry({ tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) })),
    'json',
    /terlalu banyak \(maks\. 20\)/,
    { field: 'tags' },
  ],
  [
    'a tag holding a separator',
    json(entry({ tags: ['ok', 'a;b'] })),
    'json',
    /nomor 2: tag tidak boleh berisi , ; atau \|/,
    { field: 'tags' },
  ],
  [
    'an unknown language',
    json(entry({ language: 'fr' })),
    'json',
    /nilai "fr" tidak dikenal; gunakan salah satu: id, en/,
    { field: 'language' },
  ],
  [
    'an unknown marketplace',
    json(entry({ marketplaces: ['bukalapak'] })),
    'json',
    /nilai "bukalapak" tidak dikenal/,
    { field: 'marketplaces' },
  ],
  ['an id that is not a UUID', json(entry({ id: '42' })), 'json', /id harus berupa UUID/, { field: 'id' }],
  ['a date that is not ISO', json(entry({ createdAt: 'kemarin' })), 'json', /harus tanggal ISO 8601/, { field: 'createdAt' }],
  ['a negative use count', json(entry({ useCount: -1 })), 'json', /tidak boleh negatif/, { field: 'useCount' }],
  ['a shortcut with a space', json(entry({ shortcut: ';gar ansi' })), 'json', /pintasan hanya boleh huruf/, { field: 'shortcut' }],
  [
    'a broken template',
    json(entry({ body: 'Halo\nDari {{nama_toko' })),
    'json',
    /isi teks salah di baris:kolom 2:6: Tanda \{\{ tidak ditutup/,
    { field: 'body' },
  ],
  [
    'duplicate ids',
    json(entry({ id: '7c1a4a56-7a43-4d1b-9f7e-2b7c1d0e9a10' }), entry({ id: '7c1a4a56-7a43-4d1b-9f7e-2b7c1d0e9a10' })),
    'json',
    /Teks ke-2, isian "id": id sama dengan teks ke-1/,
    { row: 2, field: 'id' },
  ],
  [
    'duplicate shortcuts',
    json(entry({ shortcut: ';garansi' }), entry({ shortcut: ';GARANSI' })),
    'json',
    /pintasan ";garansi" sudah dipakai di teks ke-1/,
    { row: 2 },
  ],
  ['10,001 snippets', json(...Array.from({ length: 10_001 }, () => entry())), 'json', /10\.001 teks; maks\. 10\.000 per file/],
  ['a file over 20 MB', envelope([entry({ body: 'x'.repeat(21 * 1024 * 1024) })]), 'json', /File terlalu besar \(maks\. 20 MB\)/],
  ['binary garbage', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)), 'json', /bukan teks/],
  ['an Excel workbook', 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml', 'csv', /file Excel \(\.xlsx\).*CSV UTF-8/],
  [
    'a CSV without a body column',
    csv('title;folder', 'Garansi;Kebijakan'),
    'csv',
    /^Baris 1: kolom wajib tidak ada: body \(kolom yang ada: title, folder\)/,
    { row: 1 },
  ],
  [
    'a CSV with an unterminated quote',
    csv('title,body', 'Garansi,"Tujuh hari', 'Retur,Ok'),
    'csv',
    /Baris 2: tanda kutip \(".*tidak ditutup/,
    { row: 2 },
  ],
  [
    'a CSV row with extra cells',
    csv('title,body', 'Garansi,Tujuh hari,ekstra'),
    'csv',
    /Baris 2: ada 3 sel, padahal hanya 2 kolom/,
    { row: 2 },
  ],
  [
    'a CSV row with an empty body',
    csv('sep=;', 'title;body', 'Garansi;Tujuh hari', 'Retur;'),
    'csv',
    /^Baris 4, kolom "body": tidak boleh kosong/,
    { row: 4, field: 'body' },
  ],
  ['a CSV with a column twice', csv('title,body,judul', 'a,b,c'), 'csv', /kolom "title" muncul dua kali/],
  [
    'a CSV with duplicate shortcuts',
    csv('title,body,shortcut', 'A,a,;x', 'B,b,;y', 'C,c,;x'),
    'csv',
    /Baris 4, kolom "shortcut": pintasan ";x" sudah dipakai di baris 2/,
  ],
  [
    'a CSV with an unknown marketplace',
    csv('title,body,marketplaces', 'A,a,"tokopedia, bukalapak"'),
    'csv',
    /kolom "marketplaces": nomor 2: nilai "bukalapak"/,
  ],
  [
    'a CSV of 10,001 rows',
    csv('title,body', ...Array.from({ length: 10_001 }, (_, i) => `T${i},B`)),
    'csv',
    /10\.001 baris teks; maks\. 10\.000/,
  ],
  ['JSON chosen as CSV', envelope([entry()]), 'csv', /tampaknya JSON; pilih format JSON/],
  ['a header row only of blanks', csv(',,', 'a,b,c'), 'csv', /tidak berisi judul kolom/],
];

describe('parseSnippetFile on malformed files', () => {
  it.each(cases)('refuses %s', (_name, text, format, message, where) => {
    const errors = errorsOf(text, format);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.message).join('\n')).toMatch(message);
    if (where) expect(errors[0]).toMatchObject(where);
    for (const error of errors) expect(error.message).toMatch(/ \/ /);
  });

  it('never throws, whatever it is given', () => {
    const strange: unknown[] = [null, undefined, 42, {}, '\u0000', '{"__proto__": {"polluted": true}}', '"a"\n"'];
    for (const text of strange) {
      for (const format of ['json', 'csv', 'xml'] as const) {
        expect(() => parseSnippetFile(text as string, format as 'json')).not.toThrow();
        expect(parseSnippetFile(text as string, format as 'json').ok).toBe(false);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every bad row, in order, and caps a long list', () => {
    const errors = errorsOf(json(...Array.from({ length: 150 }, () => ({ title: '' }))), 'json');
    expect(errors).toHaveLength(101);
    expect(errors[0]!.row).toBe(1);
    expect(errors[100]!.message).toMatch(/dan 200 kesalahan lain \/ … and 200 more errors/);
  });
});
