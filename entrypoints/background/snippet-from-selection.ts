/** A new snippet from selected text: its first words name it until the seller renames it. */
import type { SnippetDraft } from '../../utils/snippets';

const TITLE_WORDS = 6;

export function snippetDraftFromSelection(selection: string): SnippetDraft {
  const body = selection.replace(/\r\n?/g, '\n').trim().slice(0, 20_000);
  const words = body.split(/\s+/).filter(Boolean);
  const title = words.slice(0, TITLE_WORDS).join(' ') + (words.length > TITLE_WORDS ? '…' : '');
  return { title: title.slice(0, 200) || 'Teks baru', body };
}
