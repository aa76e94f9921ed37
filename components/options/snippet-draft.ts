/**
 * The snippet editor's unsaved fields, kept in the options page's own storage as they are typed,
 * so closing the tab (or the browser) loses nothing: the editor brings them back next time. A
 * draft is data from an earlier page, so it is parsed before use; a damaged one is ignored.
 */
import { z } from 'zod';
import { LanguageSchema } from '../../utils/i18n';
import { MarketplaceIdSchema } from '../../utils/marketplaces/types';
import { SNIPPET_LIMITS } from '../../utils/snippets';
import type { SnippetForm } from './snippet-form';

/** Bounds above the store's own: a draft may hold too much text (saving says so), never megabytes. */
const DraftSchema = z.strictObject({
  title: z.string().max(SNIPPET_LIMITS.title * 10),
  body: z.string().max(SNIPPET_LIMITS.body * 10),
  shortcut: z.string().max(SNIPPET_LIMITS.shortcut * 10),
  folder: z.string().max(SNIPPET_LIMITS.folder * 10),
  tags: z.string().max(SNIPPET_LIMITS.tags * SNIPPET_LIMITS.tag * 10),
  marketplaces: z.array(MarketplaceIdSchema).max(20),
  language: LanguageSchema,
});

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One draft per snippet, and one for the snippet not created yet. */
export const snippetDraftKey = (id: string | null) => `rapi:snippet-draft:${id ?? 'new'}`;

export function readSnippetDraft(storage: DraftStorage | undefined, id: string | null): SnippetForm | null {
  try {
    const text = storage?.getItem(snippetDraftKey(id));
    if (!text) return null;
    const parsed = DraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSnippetDraft(storage: DraftStorage | undefined, id: string | null, form: SnippetForm): void {
  try {
    storage?.setItem(snippetDraftKey(id), JSON.stringify(form));
  } catch {
    // Storage full or blocked: the page still warns before it closes with unsaved changes.
  }
}

export function clearSnippetDraft(storage: DraftStorage | undefined, id: string | null): void {
  try {
    storage?.removeItem(snippetDraftKey(id));
  } catch {
    // Nothing to clear.
  }
}

/** The page's localStorage, or nothing where the browser refuses it. */
export function draftStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function sameForm(a: SnippetForm, b: SnippetForm): boolean {
  const texts = (['title', 'body', 'shortcut', 'folder', 'tags', 'language'] as const).every((key) => a[key] === b[key]);
  return texts && a.marketplaces.length === b.marketplaces.length && a.marketplaces.every((id, i) => b.marketplaces[i] === id);
}
