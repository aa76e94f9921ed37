/**
 * The snippet file formats. JSON is the full backup (`rapi-snippets`, version 1:
 * ids, dates and use counts travel with it); CSV is for spreadsheets and carries
 * the content columns plus the id, so a round trip through Excel updates rather
 * than duplicates.
 */
import { z } from 'zod';
import { fileError, rowName, type FileKind } from './file-messages';
import { SNIPPET_LIMITS, SnippetContentSchema, type SnippetFileError, type SnippetImport } from './model';

export const FILE_FORMAT = 'rapi-snippets';
export const FILE_VERSION = 1;

const IsoDate = z.iso.datetime({ offset: true }).transform((value) => Date.parse(value));

export const JsonSnippetEntrySchema = SnippetContentSchema.extend({
  id: z.uuid().optional(),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
  useCount: z.number().int().nonnegative().max(1e9).optional(),
  lastUsedAt: IsoDate.optional(),
});

export const SnippetFileHeaderSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  snippets: z.array(z.unknown()).max(SNIPPET_LIMITS.snippetsPerFile),
});

export const CsvSnippetEntrySchema = SnippetContentSchema.extend({ id: z.uuid().optional() });

/** Export order; on import only title and body are required, in any order. */
export const CSV_COLUMNS = ['title', 'body', 'shortcut', 'folder', 'tags', 'marketplaces', 'language', 'id'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['title', 'body'];

export type ParseFileResult = { ok: true; snippets: SnippetImport[] } | { ok: false; errors: SnippetFileError[] };

/**
 * Two entries with one id or one shortcut cannot both be kept: which one the
 * seller meant is theirs to say, so the file is refused with both rows named.
 */
export function duplicateErrors(
  entries: readonly { id?: string; shortcut?: string }[],
  kind: FileKind,
  rowOf: (index: number) => number,
): SnippetFileError[] {
  const errors: SnippetFileError[] = [];
  const ids = new Map<string, number>();
  const shortcuts = new Map<string, number>();
  entries.forEach((entry, index) => {
    const row = rowOf(index);
    const at = (first: number) => rowName(kind, first);
    if (entry.id !== undefined) {
      const first = ids.get(entry.id);
      if (first === undefined) ids.set(entry.id, row);
      else errors.push(fileError(kind, `id sama dengan ${at(first)[0]}`, `same id as ${at(first)[1]}`, row, 'id'));
    }
    if (entry.shortcut !== undefined) {
      const key = entry.shortcut.toLowerCase();
      const first = shortcuts.get(key);
      if (first === undefined) shortcuts.set(key, row);
      else {
        errors.push(
          fileError(
            kind,
            `pintasan "${entry.shortcut}" sudah dipakai di ${at(first)[0]}`,
            `shortcut "${entry.shortcut}" is already used in ${at(first)[1]}`,
            row,
            'shortcut',
          ),
        );
      }
    }
  });
  return errors;
}
