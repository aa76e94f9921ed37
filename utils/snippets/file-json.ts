/** Reads a `rapi-snippets` JSON file: the envelope first, then every entry, reporting all that is wrong. */
import { capErrors, fileError, issueErrors } from './file-messages';
import {
  FILE_FORMAT,
  FILE_VERSION,
  JsonSnippetEntrySchema,
  SnippetFileHeaderSchema,
  duplicateErrors,
  type ParseFileResult,
} from './file-format';
import { groupThousands } from './format';
import { SNIPPET_LIMITS, type SnippetFileError, type SnippetImport } from './model';

const fail = (errors: SnippetFileError[]): ParseFileResult => ({ ok: false, errors: capErrors(errors) });
const error = (id: string, en: string, field?: string) => fail([fileError('json', id, en, undefined, field)]);

function envelopeError(data: unknown): ParseFileResult | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return error(
      `Isi file bukan ekspor Rapi: harus berupa objek dengan "format": "${FILE_FORMAT}"`,
      `The file is not a Rapi export: it must be an object with "format": "${FILE_FORMAT}"`,
    );
  }
  const { format, version, snippets } = data as Record<string, unknown>;
  if (format !== FILE_FORMAT) {
    return error(
      `bukan file teks siap pakai Rapi (harus "${FILE_FORMAT}")`,
      `not a Rapi snippet file (must be "${FILE_FORMAT}")`,
      'format',
    );
  }
  if (typeof version === 'number' && version > FILE_VERSION) {
    return error(
      `file dibuat oleh Rapi yang lebih baru (versi ${version}); perbarui Rapi lalu impor lagi`,
      `the file comes from a newer Rapi (version ${version}); update Rapi and import again`,
      'version',
    );
  }
  if (version !== FILE_VERSION) {
    return error(
      `versi file tidak dikenal: ${JSON.stringify(version) ?? 'kosong'}`,
      `unknown file version: ${JSON.stringify(version) ?? 'missing'}`,
      'version',
    );
  }
  if (Array.isArray(snippets) && snippets.length > SNIPPET_LIMITS.snippetsPerFile) {
    const max = SNIPPET_LIMITS.snippetsPerFile;
    return error(
      `file berisi ${groupThousands(snippets.length, '.')} teks; maks. ${groupThousands(max, '.')} per file`,
      `the file holds ${groupThousands(snippets.length, ',')} snippets; max ${groupThousands(max, ',')} per file`,
      'snippets',
    );
  }
  const header = SnippetFileHeaderSchema.safeParse(data, { reportInput: true });
  if (!header.success) return fail(issueErrors('json', undefined, header.error));
  return undefined;
}

export function parseJsonFile(text: string): ParseFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return error(
      'File ini bukan JSON yang valid (rusak atau terpotong?). Pilih format CSV bila ini file dari Excel',
      'This file is not valid JSON (damaged or cut short?). Choose CSV if it comes from Excel',
    );
  }
  const invalid = envelopeError(data);
  if (invalid) return invalid;
  const entries = (data as { snippets: unknown[] }).snippets;
  const errors: SnippetFileError[] = [];
  const snippets: SnippetImport[] = [];
  const rows: number[] = [];
  entries.forEach((entry, index) => {
    const parsed = JsonSnippetEntrySchema.safeParse(entry, { reportInput: true });
    if (parsed.success) {
      snippets.push(parsed.data);
      rows.push(index + 1);
    } else errors.push(...issueErrors('json', index + 1, parsed.error));
  });
  errors.push(...duplicateErrors(snippets, 'json', (index) => rows[index]!));
  return errors.length ? fail(errors) : { ok: true, snippets };
}
