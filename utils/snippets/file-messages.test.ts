/**
 * The words a seller reads when a snippet file is refused: each zod issue the file schemas can
 * raise becomes one exact sentence, Indonesian then English, at its row and field. Pinned
 * sentence by sentence, because a wrong "where" or a half-empty message is all the seller has
 * to find the bad cell in a spreadsheet of thousands of rows.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { capErrors, fileError, issueErrors, MAX_REPORTED_ERRORS, rowName } from './file-messages';
import { CsvSnippetEntrySchema, JsonSnippetEntrySchema, SnippetFileHeaderSchema } from './file-format';

const GOOD = { title: 'Info pengiriman', body: 'Dikirim hari ini sebelum jam 15.00.' };

/** As the importers parse: with each issue's input, which the sentences quote. */
function errorsOf(schema: z.ZodType, value: unknown, kind: 'json' | 'csv' = 'json', row: number | null = 4) {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('expected the value to be refused');
  return issueErrors(kind, row ?? undefined, parsed.error);
}

describe('rowName', () => {
  it('names a spreadsheet row in a CSV and an item in JSON, in both languages', () => {
    expect(rowName('csv', 3)).toEqual(['baris 3', 'row 3']);
    expect(rowName('json', 3)).toEqual(['teks ke-3', 'snippet 3']);
  });
});

describe('fileError', () => {
  it('puts the row and the column of a CSV before the message, in each language', () => {
    expect(fileError('csv', 'wajib diisi', 'is required', 7, 'body')).toEqual({
      row: 7,
      field: 'body',
      message: 'Baris 7, kolom "body": wajib diisi / Row 7, column "body": is required',
    });
  });

  it('calls a JSON field an "isian" / "field"', () => {
    expect(fileError('json', 'wajib diisi', 'is required', 2, 'title')).toEqual({
      row: 2,
      field: 'title',
      message: 'Teks ke-2, isian "title": wajib diisi / Snippet 2, field "title": is required',
    });
  });

  it('names only what it knows: a row alone, a field alone, or neither', () => {
    expect(fileError('csv', 'rusak', 'broken', 5)).toEqual({ row: 5, message: 'Baris 5: rusak / Row 5: broken' });
    expect(fileError('csv', 'rusak', 'broken', undefined, 'tags')).toEqual({
      field: 'tags',
      message: 'kolom "tags": rusak / column "tags": broken',
    });
    const bare = fileError('json', 'file kosong', 'empty file');
    expect(bare).toEqual({ message: 'file kosong / empty file' });
    expect('row' in bare).toBe(false);
    expect('field' in bare).toBe(false);
  });

  it('keeps row 0 and an empty field name (they are known, not missing)', () => {
    expect(fileError('json', 'a', 'b', 0, '')).toEqual({ row: 0, field: '', message: 'Teks ke-0, isian "": a / Snippet 0, field "": b' });
  });
});

describe('issueErrors: one sentence per kind of problem', () => {
  it('a missing field is "wajib diisi"', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { title: 'Garansi' })).toEqual([
      { row: 4, field: 'body', message: 'Teks ke-4, isian "body": wajib diisi / Snippet 4, field "body": is required' },
    ]);
  });

  it('a value of the wrong type says which type, in words', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, title: 12 }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "title": harus berupa teks / Snippet 4, field "title": must be text',
    ]);
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, useCount: 'banyak' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "useCount": harus berupa angka / Snippet 4, field "useCount": must be a number',
    ]);
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, tags: 'promo' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "tags": harus berupa daftar / Snippet 4, field "tags": must be a list',
    ]);
    expect(errorsOf(JsonSnippetEntrySchema, 'judul saja', 'json').map((e) => e.message)).toEqual([
      'Teks ke-4: harus berupa objek / Snippet 4: must be an object',
    ]);
  });

  it('a type it has no words for is named as zod names it', () => {
    expect(errorsOf(z.object({ on: z.boolean() }), { on: 'ya' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "on": harus berupa boolean / Snippet 4, field "on": must be boolean',
    ]);
  });

  it('a wrong type is said once, not again as a length problem at the same field', () => {
    // Zod stops at a wrong type, but an error can carry both (a merged report, a union's branches):
    // built by hand here, as a file's author would otherwise read "must be text" and "must not be empty" for one cell.
    const error = new z.ZodError([
      { code: 'invalid_type', expected: 'string', input: 5, path: ['title'], message: '' },
      { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: 5, path: ['title'], message: '' },
      { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: '', path: ['body'], message: '' },
      { code: 'too_big', origin: 'array', maximum: 20, inclusive: true, input: [], path: ['tags', 3], message: '' },
    ]);
    expect(issueErrors('csv', 2, error).map((e) => e.message)).toEqual([
      'Baris 2, kolom "title": harus berupa teks / Row 2, column "title": must be text',
      'Baris 2, kolom "body": tidak boleh kosong / Row 2, column "body": must not be empty',
      'Baris 2, kolom "tags": nomor 4: terlalu banyak (maks. 20) / Row 2, column "tags": item 4: too many (max 20)',
    ]);
  });

  it('a wrong type deeper in a field does not hide a problem elsewhere in it', () => {
    // Paths are compared whole: tags.0 of the wrong type says nothing about the tags list itself.
    const error = new z.ZodError([
      { code: 'invalid_type', expected: 'string', input: 5, path: ['tags', 0], message: '' },
      { code: 'too_big', origin: 'array', maximum: 20, inclusive: true, input: [], path: ['tags'], message: '' },
    ]);
    expect(issueErrors('json', 1, error).map((e) => e.message)).toEqual([
      'Teks ke-1, isian "tags": nomor 1: harus berupa teks / Snippet 1, field "tags": item 1: must be text',
      'Teks ke-1, isian "tags": terlalu banyak (maks. 20) / Snippet 1, field "tags": too many (max 20)',
    ]);
  });

  it('too long text gives the limit with the thousands grouped for each language', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, body: 'x'.repeat(20_001) }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "body": teks terlalu panjang (maks. 20.000 karakter) / Snippet 4, field "body": text too long (max 20,000 characters)',
    ]);
  });

  it('too many tags gives the most allowed', () => {
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expect(errorsOf(CsvSnippetEntrySchema, { ...GOOD, tags }, 'csv', 9).map((e) => e.message)).toEqual([
      'Baris 9, kolom "tags": terlalu banyak (maks. 20) / Row 9, column "tags": too many (max 20)',
    ]);
  });

  it('a number over its ceiling is "angka terlalu besar"', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, useCount: 2e9 }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "useCount": angka terlalu besar / Snippet 4, field "useCount": number too large',
    ]);
  });

  it('empty text and a negative number each get their own words', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, title: '   ' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "title": tidak boleh kosong / Snippet 4, field "title": must not be empty',
    ]);
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, useCount: -1 }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "useCount": tidak boleh negatif / Snippet 4, field "useCount": must not be negative',
    ]);
  });

  it('an unknown choice quotes it and lists the choices', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, language: 'jv' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "language": nilai "jv" tidak dikenal; gunakan salah satu: id, en / Snippet 4, field "language": unknown value "jv"; use one of: id, en',
    ]);
  });

  it('a list item names its position after the field', () => {
    const messages = errorsOf(CsvSnippetEntrySchema, { ...GOOD, tags: ['ok', 'a,b'] }, 'csv', 3).map((e) => e.message);
    expect(messages).toEqual([
      'Baris 3, kolom "tags": nomor 2: tag tidak boleh berisi , ; atau | / Row 3, column "tags": item 2: a tag cannot hold , ; or |',
    ]);
  });

  it('explains a bad shortcut, a bad id and a bad date in plain words', () => {
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, shortcut: 'dua kata' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "shortcut": pintasan hanya boleh huruf, angka, _ atau -, boleh diawali ; / ! # . atau : (maks. 32, tanpa spasi) / Snippet 4, field "shortcut": a shortcut may hold letters, digits, _ or -, optionally after ; / ! # . or : (max 32, no spaces)',
    ]);
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, id: 'abc' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "id": id harus berupa UUID / Snippet 4, field "id": the id must be a UUID',
    ]);
    expect(errorsOf(JsonSnippetEntrySchema, { ...GOOD, createdAt: 'kemarin' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "createdAt": harus tanggal ISO 8601, mis. 2026-11-24T08:00:00.000Z / Snippet 4, field "createdAt": must be an ISO 8601 date, e.g. 2026-11-24T08:00:00.000Z',
    ]);
  });

  it('any other format problem is "format tidak valid"', () => {
    expect(errorsOf(z.object({ mail: z.email() }), { mail: 'bukan-surel' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "mail": format tidak valid / Snippet 4, field "mail": invalid format',
    ]);
  });

  it('a broken template says where in the body, in the words of the parser', () => {
    const [error] = errorsOf(JsonSnippetEntrySchema, { ...GOOD, body: 'Halo {{nama' });
    expect(error!.field).toBe('body');
    expect(error!.message).toMatch(
      /^Teks ke-4, isian "body": isi teks salah di baris:kolom 1:\d+: .+ \/ Snippet 4, field "body": broken template at line:column 1:\d+: .+$/,
    );
    const [id, en] = error!.message.split(' / ');
    expect(id).not.toMatch(/broken|line:column/);
    expect(en).not.toMatch(/salah|baris/);
  });

  it('a custom problem without template details, and the rarer codes, are "nilai tidak valid"', () => {
    const custom = z.string().superRefine((_, context) => context.addIssue({ code: 'custom', message: 'template' }));
    expect(errorsOf(z.object({ body: custom }), { body: 'x' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "body": nilai tidak valid / Snippet 4, field "body": invalid value',
    ]);
    const other = z
      .string()
      .superRefine((_, context) => context.addIssue({ code: 'custom', message: 'lain', params: { line: 1, column: 1, id: 'a', en: 'b' } }));
    expect(errorsOf(z.object({ body: other }), { body: 'x' }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "body": nilai tidak valid / Snippet 4, field "body": invalid value',
    ]);
    expect(errorsOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }).map((e) => e.message)).toEqual([
      'Teks ke-4: nilai tidak valid / Snippet 4: invalid value',
    ]);
    expect(errorsOf(z.object({ n: z.number().multipleOf(5) }), { n: 7 }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "n": nilai tidak valid / Snippet 4, field "n": invalid value',
    ]);
    expect(errorsOf(z.object({ u: z.union([z.string(), z.number()]) }), { u: true }).map((e) => e.message)).toEqual([
      'Teks ke-4, isian "u": nilai tidak valid / Snippet 4, field "u": invalid value',
    ]);
  });

  it('the file header names no row', () => {
    const errors = errorsOf(
      SnippetFileHeaderSchema,
      { format: 'rapi-snippets', version: 1, exportedAt: '2026-11-24T08:00:00.000Z' },
      'json',
      null,
    );
    expect(errors).toEqual([{ field: 'snippets', message: 'isian "snippets": wajib diisi / field "snippets": is required' }]);
  });
});

describe('capErrors', () => {
  it('sorts by row, errors without a row first, and leaves a short list whole', () => {
    const errors = [fileError('csv', 'c', 'c', 9), fileError('csv', 'a', 'a'), fileError('csv', 'b', 'b', 2)];
    expect(capErrors(errors).map((e) => e.message)).toEqual(['a / a', 'Baris 2: b / Row 2: b', 'Baris 9: c / Row 9: c']);
    expect(errors[0]!.row).toBe(9); // the caller's list is not reordered
  });

  it('keeps exactly the first hundred and says how many more, grouped for each language', () => {
    const many = Array.from({ length: MAX_REPORTED_ERRORS + 1_234 }, (_, i) => fileError('csv', 'x', 'x', MAX_REPORTED_ERRORS + 1_234 - i));
    const capped = capErrors(many);
    expect(capped).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(capped[0]!.row).toBe(1);
    expect(capped[MAX_REPORTED_ERRORS - 1]!.row).toBe(MAX_REPORTED_ERRORS);
    expect(capped.at(-1)).toEqual({ message: '… dan 1.234 kesalahan lain / … and 1,234 more errors' });
  });

  it('a list of exactly a hundred is not capped', () => {
    const hundred = Array.from({ length: MAX_REPORTED_ERRORS }, (_, i) => fileError('csv', 'x', 'x', i + 1));
    expect(capErrors(hundred)).toHaveLength(MAX_REPORTED_ERRORS);
    expect(capErrors(hundred).at(-1)!.row).toBe(MAX_REPORTED_ERRORS);
  });
});
