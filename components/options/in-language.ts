/**
 * Messages from `utils/db` and `utils/snippets` come as "Indonesian / English" in
 * one string. The page shows the half in the seller's language; when the split is
 * not clear-cut (user text holding " / "), it shows the whole message rather than
 * cut it in the wrong place.
 */
import type { Language } from '../../utils/i18n';

export function inLanguage(message: string, language: Language): string {
  const parts = message.split(' / ');
  if (parts.length !== 2 || !parts[0]!.trim() || !parts[1]!.trim()) return message;
  return language === 'id' ? parts[0]! : parts[1]!;
}
