/**
 * Reads snippets from a CSV as spreadsheets save it: a byte-order mark, Excel's
 * `sep=;` first line, `;` as the separator (Indonesian Excel, where the comma is
 * the decimal mark), CRLF between rows and newlines inside quoted cells. Rows are
 * numbered as the spreadsheet shows them (the header is row 1).
 */
import Papa from 'papaparse';
import { capErrors, fileError, issueErrors } from './file-messages';
import {
  CSV_COLUMNS,
  CsvSnippetEntrySchema,
  REQUIRED_CSV_COLUMNS,
  duplicateErrors,
  type CsvColumn,
  type ParseFileResult,
} from './file-format';
import { groupThousands } from './format';
import { SNIPPET_LIMITS, type SnippetFileError, type SnippetImport } from './model';

/** Headers a seller may write in Indonesian. */
const ALIASES: Record<string, CsvColumn> = {
  judul: 'title',
  nama: 'title',
  isi: 'body',
  teks: 'body',
  text: 'body',
  pintasan: 'shortcut',
  tag: 'tags',
  marketplace: 'marketplaces',
  bahasa: 'language',
  lang: 'language',
};

/** Cells starting like a formula get a `'` on export (see `escapeCell`); it comes off again here. */
const ESCAPED = /^'[=+\-@\t\r']/;
export const unescapeCell = (cell: string) => (ESCAPED.test(cell) ? cell.slice(1) : cell);
/** Spreadsheets run a cell starting with = + - @ as a formula: an exported body must stay text. */
export const escapeCell = (cell: string) => (/^[=+\-@\t\r']/.test(cell) ? `'${cell}` : cell);

/**
 * The separator the header row uses most. Papa's own guess weighs every row and
 * can be swayed by bodies full of commas; column names hold none.
 */
function guessDelimiter(text: string): string {
  const header = (/^[^\r\n]*/.exec(text)?.[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t', '|'].map((candidate) => [candidate, header.split(candidate).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

const list = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);

function columnsOf(header: readonly string[]): Map<CsvColumn, number> | SnippetFileError[] {
  const columns = new Map<CsvColumn, number>();
  const errors: SnippetFileError[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    const column = (CSV_COLUMNS as readonly string[]).includes(name) ? (name as CsvColumn) : ALIASES[name];
    if (!column) return;
    if (columns.has(column))
      errors.push(fileError('csv', `kolom "${column}" muncul dua kali`, `column "${column}" appears twice`, 1, cell));
    columns.set(column, index);
  });
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length) {
    const found =
      header
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(', ') || '-';
    errors.push(
      fileError(
        'csv',
        `kolom wajib tidak ada: ${missing.join(', ')} (kolom yang ada: ${found}). Baris pertama harus judul kolom`,
        `required column missing: ${missing.join(', ')} (columns found: ${found}). The first row must name the columns`,
        1,
      ),
    );
  }
  return errors.length ? errors : columns;
}

export function parseCsvFile(text: string): ParseFileResult {
  if (/^\s*[{[]/.test(text)) {
    return {
      ok: false,
      errors: [fileError('csv', 'File ini tampaknya JSON; pilih format JSON', 'This file looks like JSON; choose the JSON format')],
    };
  }
  const sep = /^sep=(.)[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  const offset = sep ? 1 : 0;
  const content = sep ? text.slice(sep[0].length) : text;
  const parsed = Papa.parse<string[]>(content, { delimiter: sep?.[1] ?? guessDelimiter(content), skipEmptyLines: false });
  const errors: SnippetFileError[] = [];
  // Papa reports an unterminated quote twice (misplaced, then missing): one message per row is enough.
  const quoteProblems = new Map<number | undefined, string>();
  for (const problem of parsed.errors) {
    if (problem.type !== 'Quotes') continue;
    const row = problem.row === undefined ? undefined : problem.row + 1 + offset;
    if (quoteProblems.get(row) !== 'MissingQuotes') quoteProblems.set(row, problem.code);
  }
  for (const [row, code] of quoteProblems) {
    errors.push(
      code === 'MissingQuotes'
        ? fileError('csv', 'tanda kutip (") dibuka tetapi tidak ditutup', 'a quote (") is opened but never closed', row)
        : fileError(
            'csv',
            'tanda kutip (") di tempat yang salah; kutip di dalam sel harus ditulis dua kali ("")',
            'a quote (") is misplaced; quotes inside a cell must be doubled ("")',
            row,
          ),
    );
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };

  const rows = parsed.data;
  const header = rows[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { ok: false, errors: [fileError('csv', 'file tidak berisi judul kolom', 'the file has no header row')] };
  }
  const columns = columnsOf(header);
  if (Array.isArray(columns)) return { ok: false, errors: capErrors(columns) };

  const body = rows.slice(1).map((cells, index) => ({ cells, row: index + 2 + offset }));
  const filled = body.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (filled.length > SNIPPET_LIMITS.snippetsPerFile) {
    const max = SNIPPET_LIMITS.snippetsPerFile;
    return {
      ok: false,
      errors: [
        fileError(
          'csv',
          `file berisi ${groupThousands(filled.length, '.')} baris teks; maks. ${groupThousands(max, '.')} per file`,
          `the file holds ${groupThousands(filled.length, ',')} snippet rows; max ${groupThousands(max, ',')} per file`,
        ),
      ],
    };
  }
  const snippets: SnippetImport[] = [];
  const rowNumbers: number[] = [];
  for (const { cells, row } of filled) {
    if (cells.length > header.length) {
      errors.push(
        fileError(
          'csv',
          `ada ${cells.length} sel, padahal hanya ${header.length} kolom (koma atau titik koma tanpa tanda kutip?)`,
          `${cells.length} cells but only ${header.length} columns (a comma or semicolon without quotes?)`,
          row,
        ),
      );
      continue;
    }
    const cell = (column: CsvColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : unescapeCell(cells[index] ?? '');
    };
    const optional = { shortcut: cell('shortcut').trim(), language: cell('language').trim().toLowerCase(), id: cell('id').trim() };
    const entry = {
      title: cell('title'),
      body: cell('body'),
      folder: cell('folder'),
      tags: list(cell('tags')),
      marketplaces: list(cell('marketplaces')).map((id) => id.toLowerCase()),
      // An empty cell is an absent value, not an invalid one.
      ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== '')),
    };
    const result = CsvSnippetEntrySchema.safeParse(entry, { reportInput: true });
    if (result.success) {
      snippets.push(result.data);
      rowNumbers.push(row);
    } else errors.push(...issueErrors('csv', row, result.error));
  }
  errors.push(...duplicateErrors(snippets, 'csv', (index) => rowNumbers[index]!));
  return errors.length ? { ok: false, errors: capErrors(errors) } : { ok: true, snippets };
}
