/**
 * What a snippet is, as data. The same limits hold for what the user types, what
 * a file brings in and what the database keeps, so an imported snippet can always
 * be edited and exported again without tripping a limit it did not trip before.
 */
import { z } from 'zod';
import { MARKETPLACE_IDS, MarketplaceIdSchema } from '../marketplaces/types';
import { LanguageSchema } from '../i18n/translate';
import { parseTemplate } from './template-parse';

export const SNIPPET_LIMITS = {
  title: 200,
  body: 20_000,
  tags: 20,
  tag: 50,
  folder: 100,
  shortcut: 32,
  snippetsPerFile: 10_000,
  fileBytes: 20 * 1024 * 1024,
} as const;

/** Typed triggers such as `;garansi`; kept lower-case so `;Garansi` and `;garansi` are one shortcut. */
export const SHORTCUT_PATTERN = /^[;/!#.:]?[\p{L}\p{N}_-]{1,31}$/u;
export const ShortcutSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(SNIPPET_LIMITS.shortcut)
  .regex(SHORTCUT_PATTERN, { error: 'shortcut-format' });

/** `,` `;` and `|` separate tags in a CSV cell, so a tag cannot hold them. */
export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(SNIPPET_LIMITS.tag)
  .regex(/^[^,;|\r\n]*$/, { error: 'tag-format' });

/**
 * A body whose template is broken would fail at every insertion, so it is refused
 * where it comes in. Unknown variable names pass: the seller may add them later.
 */
function checkTemplate(body: string, context: z.RefinementCtx): void {
  const parsed = parseTemplate(body, { allowUnknownVariables: true });
  if (parsed.ok) return;
  const { line, column, text } = parsed.error;
  context.addIssue({ code: 'custom', message: 'template', params: { line, column, ...text } });
}

export const SnippetContentSchema = z.object({
  title: z.string().trim().min(1).max(SNIPPET_LIMITS.title),
  /** Never trimmed: a trailing newline can be the point of a snippet. */
  body: z.string().min(1).max(SNIPPET_LIMITS.body).superRefine(checkTemplate),
  shortcut: ShortcutSchema.optional(),
  folder: z.string().trim().max(SNIPPET_LIMITS.folder).default(''),
  tags: z.array(TagSchema).max(SNIPPET_LIMITS.tags).default([]),
  /** Empty means every marketplace. */
  marketplaces: z.array(MarketplaceIdSchema).max(MARKETPLACE_IDS.length).default([]),
  language: LanguageSchema.default('id'),
});
export type SnippetContent = z.output<typeof SnippetContentSchema>;
export type SnippetDraft = z.input<typeof SnippetContentSchema>;

const timestamp = z.number().int().nonnegative().max(8.64e15);
const useCount = z.number().int().nonnegative().max(1e9);

export const SnippetSchema = SnippetContentSchema.extend({
  id: z.uuid(),
  createdAt: timestamp,
  updatedAt: timestamp,
  useCount,
  lastUsedAt: timestamp.optional(),
});
export type Snippet = z.output<typeof SnippetSchema>;

/** A snippet on its way in (from a file or another device): identity and history are optional. */
export const SnippetImportSchema = SnippetContentSchema.extend({
  id: z.uuid().optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  useCount: useCount.optional(),
  lastUsedAt: timestamp.optional(),
});
export type SnippetImport = z.output<typeof SnippetImportSchema>;

export const CONFLICT_CHOICES = ['skip', 'replace', 'keep-both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

/** One problem in a file or a batch. `row` is 1-based (the spreadsheet row for CSV, the item for JSON). */
export interface SnippetFileError {
  row?: number;
  field?: string;
  message: string;
}
