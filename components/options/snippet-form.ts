/** The editor's fields as the seller types them, and the draft `createSnippet`/`updateSnippet` validate. */
import type { Language } from '../../utils/i18n';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import type { Snippet, SnippetDraft } from '../../utils/snippets';

export interface SnippetForm {
  title: string;
  body: string;
  shortcut: string;
  folder: string;
  /** Comma-separated, as typed. */
  tags: string;
  /** None ticked means every marketplace. */
  marketplaces: MarketplaceId[];
  language: Language;
}

export const EMPTY_FORM: SnippetForm = { title: '', body: '', shortcut: '', folder: '', tags: '', marketplaces: [], language: 'id' };

export function formFromSnippet(snippet: Snippet): SnippetForm {
  return {
    title: snippet.title,
    body: snippet.body,
    shortcut: snippet.shortcut ?? '',
    folder: snippet.folder,
    tags: snippet.tags.join(', '),
    marketplaces: [...snippet.marketplaces],
    language: snippet.language,
  };
}

/** `,` `;` and `|` cannot be part of a tag, so any of them separates tags. Repeats are dropped. */
export function splitTags(text: string): string[] {
  const tags = new Map<string, string>();
  for (const part of text.split(/[,;|\r\n]/)) {
    const tag = part.trim();
    if (tag && !tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }
  return [...tags.values()];
}

/** An empty shortcut means none (`undefined`, which also removes a stored one on update). */
export function draftFromForm(form: SnippetForm): SnippetDraft {
  const shortcut = form.shortcut.trim();
  return {
    title: form.title,
    body: form.body,
    shortcut: shortcut === '' ? undefined : shortcut,
    folder: form.folder,
    tags: splitTags(form.tags),
    marketplaces: form.marketplaces,
    language: form.language,
  };
}
