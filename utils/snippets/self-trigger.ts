/**
 * A snippet whose body holds its own typed shortcut as a word (";kirim" at the
 * end, or before a space) would leave behind the very trigger that inserted it:
 * the next space expands it again. Such a snippet is refused when it is saved,
 * with a message that says what to change.
 */
import { fileError } from './file-messages';
import type { SnippetFileError } from './model';

/** Shortcuts that expand as you type start with one of these (see typed-trigger). */
const TYPED_PREFIX = /^[;/!]/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function selfTriggers(body: string, shortcut: string | undefined): boolean {
  if (!shortcut || !TYPED_PREFIX.test(shortcut)) return false;
  return new RegExp(`(?:^|\\s)${escapeRegExp(shortcut)}(?=$|\\s)`, 'iu').test(body);
}

export function selfTriggerError({ body, shortcut }: { body: string; shortcut?: string }): SnippetFileError | undefined {
  if (!selfTriggers(body, shortcut)) return undefined;
  return fileError(
    'json',
    `isinya memuat pintasannya sendiri "${shortcut}", jadi setelah dimasukkan teks ini akan terketik lagi berulang-ulang. Hapus "${shortcut}" dari isi, atau pakai pintasan lain`,
    `the text contains its own shortcut "${shortcut}", so once inserted it would type itself again and again. Remove "${shortcut}" from the text, or use another shortcut`,
    undefined,
    'body',
  );
}
