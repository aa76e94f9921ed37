/**
 * Error messages for snippet files, Indonesian first then English in one string
 * ("Baris 3, kolom "body": … / Row 3, column "body": …"), so a message copied
 * into a chat with a helper reads in either language. Zod issues become sentences
 * a seller understands, never "expected string, received undefined".
 */
import type { z } from 'zod';
import { groupThousands } from './format';
import type { SnippetFileError } from './model';

/** A CSV names spreadsheet rows and columns; JSON (and a batch from code) names items and fields. */
export type FileKind = 'json' | 'csv';

export const MAX_REPORTED_ERRORS = 100;

/** "baris 3" / "row 3" in a CSV, "teks ke-3" / "snippet 3" in JSON. */
export function rowName(kind: FileKind, row: number): [id: string, en: string] {
  return kind === 'csv' ? [`baris ${row}`, `row ${row}`] : [`teks ke-${row}`, `snippet ${row}`];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function fileError(kind: FileKind, id: string, en: string, row?: number, field?: string): SnippetFileError {
  const whereId: string[] = [];
  const whereEn: string[] = [];
  if (row !== undefined) {
    const [rowId, rowEn] = rowName(kind, row);
    whereId.push(capitalise(rowId));
    whereEn.push(capitalise(rowEn));
  }
  if (field !== undefined) {
    whereId.push(kind === 'csv' ? `kolom "${field}"` : `isian "${field}"`);
    whereEn.push(kind === 'csv' ? `column "${field}"` : `field "${field}"`);
  }
  const message = whereId.length ? `${whereId.join(', ')}: ${id} / ${whereEn.join(', ')}: ${en}` : `${id} / ${en}`;
  return { ...(row !== undefined && { row }), ...(field !== undefined && { field }), message };
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['teks', 'text'],
  number: ['angka', 'a number'],
  array: ['daftar', 'a list'],
  object: ['objek', 'an object'],
};

function reason(issue: z.core.$ZodIssue): [string, string] {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return ['wajib diisi', 'is required'];
      const [id, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      return [`harus berupa ${id}`, `must be ${en}`];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        return [
          `teks terlalu panjang (maks. ${groupThousands(max, '.')} karakter)`,
          `text too long (max ${groupThousands(max, ',')} characters)`,
        ];
      }
      if (issue.origin === 'array') return [`terlalu banyak (maks. ${max})`, `too many (max ${max})`];
      return ['angka terlalu besar', 'number too large'];
    }
    case 'too_small':
      if (issue.origin === 'string') return ['tidak boleh kosong', 'must not be empty'];
      return ['tidak boleh negatif', 'must not be negative'];
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return [
        `nilai "${String(issue.input)}" tidak dikenal; gunakan salah satu: ${values}`,
        `unknown value "${String(issue.input)}"; use one of: ${values}`,
      ];
    }
    case 'invalid_format':
      if (issue.message === 'shortcut-format') {
        return [
          'pintasan hanya boleh huruf, angka, _ atau -, boleh diawali ; / ! # . atau : (maks. 32, tanpa spasi)',
          'a shortcut may hold letters, digits, _ or -, optionally after ; / ! # . or : (max 32, no spaces)',
        ];
      }
      if (issue.message === 'tag-format') return ['tag tidak boleh berisi , ; atau |', 'a tag cannot hold , ; or |'];
      if (issue.format === 'uuid') return ['id harus berupa UUID', 'the id must be a UUID'];
      if (issue.format === 'datetime')
        return ['harus tanggal ISO 8601, mis. 2026-11-24T08:00:00.000Z', 'must be an ISO 8601 date, e.g. 2026-11-24T08:00:00.000Z'];
      return ['format tidak valid', 'invalid format'];
    case 'custom': {
      const template = issue.params as { line: number; column: number; id: string; en: string } | undefined;
      if (issue.message === 'template' && template) {
        const at = `${template.line}:${template.column}`;
        // Plain words for the file's author: "isi teks" is the body field, as the options page names it.
        return [`isi teks salah di baris:kolom ${at}: ${template.id}`, `broken template at line:column ${at}: ${template.en}`];
      }
      return ['nilai tidak valid', 'invalid value'];
    }
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'unrecognized_keys':
    case 'not_multiple_of':
      return ['nilai tidak valid', 'invalid value'];
  }
}

/** One message per issue, at its row and top-level field; a tag's own position goes into the text. */
export function issueErrors(kind: FileKind, row: number | undefined, error: z.ZodError): SnippetFileError[] {
  // A value of the wrong type also fails its length checks: say only what matters.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')));
  const issues = error.issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(issue.path.join('.')));
  return issues.map((issue) => {
    const [field, item] = issue.path;
    const [id, en] = reason(issue);
    const nth = typeof item === 'number' ? [`nomor ${item + 1}: `, `item ${item + 1}: `] : ['', ''];
    return fileError(kind, nth[0] + id, nth[1] + en, row, field === undefined ? undefined : String(field));
  });
}

/** Keeps a report readable: errors in row order, the first hundred, then how many more there were. */
export function capErrors(unsorted: SnippetFileError[]): SnippetFileError[] {
  const errors = [...unsorted].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { message: `… dan ${groupThousands(more, '.')} kesalahan lain / … and ${groupThousands(more, ',')} more errors` },
  ];
}
