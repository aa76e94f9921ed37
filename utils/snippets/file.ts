/**
 * Snippet files in and out. `parseSnippetFile` never throws: whatever the user
 * picked (a backup, an Excel sheet, a photo by mistake) comes back as snippets
 * or as errors to show.
 */
import Papa from 'papaparse';
import { escapeCell, parseCsvFile } from './file-csv';
import { CSV_COLUMNS, FILE_FORMAT, FILE_VERSION, type ParseFileResult } from './file-format';
import { parseJsonFile } from './file-json';
import { fileError } from './file-messages';
import { SNIPPET_LIMITS, type SnippetImport } from './model';

export type SnippetFileFormat = 'json' | 'csv';

const single = (id: string, en: string): ParseFileResult => ({ ok: false, errors: [fileError('json', id, en)] });

function byteLength(text: string): number {
  // Every UTF-16 unit is at least one byte; only count exactly when it could matter.
  if (text.length > SNIPPET_LIMITS.fileBytes) return text.length;
  if (text.length * 3 <= SNIPPET_LIMITS.fileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Why the text is not a snippet file at all, before either parser looks at it. */
function unreadable(text: string): ParseFileResult | undefined {
  if (byteLength(text) > SNIPPET_LIMITS.fileBytes) {
    const mb = SNIPPET_LIMITS.fileBytes / 1024 / 1024;
    return single(`File terlalu besar (maks. ${mb} MB)`, `The file is too large (max ${mb} MB)`);
  }
  if (text.startsWith('PK\u0003\u0004')) {
    return single(
      'Ini file Excel (.xlsx), bukan CSV. Di Excel pilih Simpan Sebagai → "CSV UTF-8", lalu impor file itu',
      'This is an Excel workbook (.xlsx), not CSV. In Excel choose Save As → "CSV UTF-8" and import that file',
    );
  }
  const head = text.slice(0, 4096);
  const garbled = (head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (garbled > Math.max(2, head.length / 100)) {
    return single('File ini bukan teks (gambar, PDF atau file rusak?)', 'This file is not text (an image, a PDF or a damaged file?)');
  }
  if (text.trim() === '') return single('File kosong', 'The file is empty');
  return undefined;
}

export function parseSnippetFile(text: string, format: SnippetFileFormat): ParseFileResult {
  try {
    if (typeof text !== 'string') return single('File tidak bisa dibaca sebagai teks', 'The file cannot be read as text');
    const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const problem = unreadable(withoutBom);
    if (problem) return problem;
    if (format === 'json') return parseJsonFile(withoutBom);
    if (format === 'csv') return parseCsvFile(withoutBom);
    return single(`Format "${String(format)}" tidak dikenal; gunakan json atau csv`, `Unknown format "${String(format)}"; use json or csv`);
  } catch {
    return single('Terjadi kesalahan tak terduga saat membaca file', 'Something unexpected went wrong while reading the file');
  }
}

const iso = (time: number | undefined) => (time === undefined ? undefined : new Date(time).toISOString());

function toJsonEntry(snippet: SnippetImport) {
  return {
    id: snippet.id,
    title: snippet.title,
    body: snippet.body,
    shortcut: snippet.shortcut,
    folder: snippet.folder,
    tags: snippet.tags,
    marketplaces: snippet.marketplaces,
    language: snippet.language,
    createdAt: iso(snippet.createdAt),
    updatedAt: iso(snippet.updatedAt),
    useCount: snippet.useCount,
    lastUsedAt: iso(snippet.lastUsedAt),
  };
}

/**
 * A file `parseSnippetFile` reads back to the same snippets. CSV starts with a
 * byte-order mark (so Excel shows emoji and accents) and quotes every cell.
 * Import takes at most `SNIPPET_LIMITS.snippetsPerFile` per file: export larger
 * collections in chunks of that size.
 */
export function serializeSnippets(snippets: readonly SnippetImport[], format: SnippetFileFormat, now: Date = new Date()): string {
  if (format === 'json') {
    const file = { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), snippets: snippets.map(toJsonEntry) };
    return `${JSON.stringify(file, null, 2)}\n`;
  }
  const data = snippets.map((snippet) =>
    [
      snippet.title,
      snippet.body,
      snippet.shortcut ?? '',
      snippet.folder,
      snippet.tags.join('; '),
      snippet.marketplaces.join('; '),
      snippet.language,
      snippet.id ?? '',
    ].map(escapeCell),
  );
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', quotes: true })}\r\n`;
}
