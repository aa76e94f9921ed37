/**
 * Whether a keyword adds anything to a title: marketplaces search titles word by
 * word, so "Batik Pekalongan" adds nothing to "Kemeja Batik Tulis Pekalongan". The
 * panel shows such tags as already earned instead of offering to add them.
 */
import { phraseKeys, tokenize } from './text/tokenize';

export function coveredByTitle(title: string, keyword: string): boolean {
  const words = new Set(tokenize(title).map((token) => token.key));
  return phraseKeys(keyword).every((key) => words.has(key));
}
